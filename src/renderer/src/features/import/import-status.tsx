import { ErrorMessage } from '../../ui/error-message';
import { ImportProgress } from './import-progress';
import { useImportStore } from './import-store';

/** The state of the current import on the start screen: its progress, why it failed, or that it was cancelled. */
export function ImportStatus() {
  const active = useImportStore((s) => s.phase !== 'idle' && s.phase !== 'choosing');
  const error = useImportStore((s) => s.error);
  const notice = useImportStore((s) => s.notice);
  return (
    <div className="import-status">
      {active && <ImportProgress />}
      {error && <ErrorMessage error={error} onDismiss={useImportStore.getState().dismissError} />}
      <p className="import-status__notice" role="status">
        {notice}
      </p>
    </div>
  );
}
