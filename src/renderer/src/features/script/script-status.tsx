import { ErrorMessage } from '../../ui/error-message';
import { useHistoryStore } from '../history/history-store';
import { useScriptStore } from './script-store';

/** Messages about the last command, read out by screen readers; errors as alerts. */
export function ScriptStatus() {
  const notice = useScriptStore((s) => s.notice);
  const error = useScriptStore((s) => s.error);
  const announcement = useHistoryStore((s) => s.announcement);
  const historyError = useHistoryStore((s) => s.error);
  return (
    <div className="script-status">
      <p className="script-status__notice" role="status">
        {notice ?? announcement ?? ''}
      </p>
      {error && <ErrorMessage error={error} onDismiss={useScriptStore.getState().dismissError} />}
      {historyError && <ErrorMessage error={historyError} onDismiss={useHistoryStore.getState().dismissError} />}
    </div>
  );
}
