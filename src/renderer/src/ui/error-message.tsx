import type { ShownError } from '../lib/shown-error';
import './error-message.css';

interface ErrorMessageProps {
  error: ShownError;
  onDismiss?: () => void;
}

/** An error as a sentence, with its stable code in small print for a bug report. */
export function ErrorMessage({ error, onDismiss }: ErrorMessageProps) {
  return (
    <div className="error-message" role="alert">
      <p className="error-message__text">{error.message}</p>
      <p className="error-message__code">
        Code: <code>{error.code}</code>
      </p>
      {onDismiss && (
        <button type="button" className="button button--quiet error-message__dismiss" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
