import { ProgressBar } from '../../ui/progress-bar';
import { formatEta } from './format-eta';
import { useImportStore } from './import-store';
import './import-progress.css';

export function ImportProgress() {
  const phase = useImportStore((s) => s.phase);
  const progress = useImportStore((s) => s.progress);
  const fileName = useImportStore((s) => s.fileName);
  const title = progress?.title || (fileName ? `Reading ${fileName}` : 'Reading the manuscript');
  const known = progress !== null && progress.total > 0;
  const count = known && progress.total > 1 ? `${progress.current} of ${progress.total}` : null;
  const eta = phase === 'finishing' ? 'Opening the project' : formatEta(progress?.etaSeconds ?? null);
  const details = [count, eta].filter(Boolean).join(' · ');
  const fraction = phase === 'finishing' ? 1 : known ? progress.fraction : null;

  return (
    <div className="import-progress">
      <p className="import-progress__title">
        {title}
      </p>
      <ProgressBar label={title} fraction={fraction} valueText={details || undefined} />
      <div className="import-progress__footer">
        <p className="import-progress__details">{details}</p>
        <button
          type="button"
          className="button"
          disabled={phase !== 'running'}
          onClick={() => void useImportStore.getState().cancel()}
        >
          {phase === 'cancelling' ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
    </div>
  );
}
