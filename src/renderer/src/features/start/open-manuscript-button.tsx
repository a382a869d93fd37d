import { useImportStore } from '../import/import-store';

export function OpenManuscriptButton() {
  const busy = useImportStore((s) => s.phase !== 'idle' && s.phase !== 'choosing');
  return (
    <button
      type="button"
      className="button button--primary button--large"
      disabled={busy}
      onClick={() => void useImportStore.getState().openFromDialog()}
    >
      Open manuscript…
    </button>
  );
}
