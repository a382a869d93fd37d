import { ErrorMessage } from '../../ui/error-message';
import { ProgressBar } from '../../ui/progress-bar';
import { formatEta } from '../import/format-eta';
import { useRenderStore } from './render-store';

/** Start, pause, resume and cancel, with the job's progress. */
export function RenderControls() {
  const phase = useRenderStore((s) => s.phase);
  const progress = useRenderStore((s) => s.progress);
  const formats = useRenderStore((s) => s.choices.formats);
  const notice = useRenderStore((s) => s.notice);
  const error = useRenderStore((s) => s.error);
  const store = useRenderStore.getState();
  const active = phase !== 'idle';
  const paused = phase === 'paused';
  const title = paused ? 'Paused' : progress?.title || (phase === 'starting' ? 'Starting the render' : 'Rendering');
  const counts = progress && progress.total > 0 && progress.title.startsWith('Synthesising') ? `${progress.current} of ${progress.total} lines` : null;
  const eta = paused ? null : formatEta(progress?.etaSeconds ?? null);
  const details = [counts, eta].filter(Boolean).join(' · ');

  return (
    <div className="render-controls">
      <div className="render-controls__buttons">
        <button type="button" className="button button--primary" disabled={active || formats.length === 0} onClick={() => void store.start()}>
          Render
        </button>
        {active && (
          <>
            {paused ? (
              <button type="button" className="button" onClick={() => void store.resume()}>
                Resume
              </button>
            ) : (
              <button type="button" className="button" disabled={phase !== 'running'} onClick={() => void store.pause()}>
                Pause
              </button>
            )}
            <button type="button" className="button" disabled={phase === 'cancelling' || phase === 'starting'} onClick={() => void store.cancel()}>
              {phase === 'cancelling' ? 'Cancelling…' : 'Cancel'}
            </button>
          </>
        )}
      </div>
      {active && (
        <div className="render-controls__progress">
          <p className="render-controls__title">{title}</p>
          <ProgressBar label="Render progress" fraction={progress && progress.total > 0 ? progress.fraction : null} valueText={details || title} />
          {details && <p className="render-controls__details">{details}</p>}
        </div>
      )}
      {!active && notice && (
        <p className="render-controls__notice" role="status">
          {notice}
        </p>
      )}
      {error && <ErrorMessage error={error} onDismiss={store.dismissError} />}
    </div>
  );
}
