import { ErrorMessage } from '../../ui/error-message';
import { ProgressBar } from '../../ui/progress-bar';
import { ClipText } from './clip-text';
import { formatSeconds } from './format';
import { useAuditionStore } from './audition-store';
import { useAuditionShortcuts } from './use-audition-shortcuts';
import { Waveform } from './waveform';
import './voices.css';

/**
 * The player of auditions, over the editor wherever they are started from (the script, the cast,
 * the lexicon): the waveform, the words as they are heard, play again (Space) and stop (Esc).
 */
export function AuditionBar() {
  useAuditionShortcuts();
  const clip = useAuditionStore((s) => s.clip);
  const status = useAuditionStore((s) => s.status);
  const pending = useAuditionStore((s) => s.pending);
  const error = useAuditionStore((s) => s.error);
  const playing = useAuditionStore((s) => s.playing);
  const preview = useAuditionStore((s) => s.preview);
  if (!clip && status !== 'loading' && !error) return null;
  const store = useAuditionStore.getState();
  return (
    <section className="audition-bar" aria-label="Audition" aria-busy={status === 'loading'}>
      <header className="audition-bar__head">
        <h2 className="audition-bar__title">{status === 'loading' ? `Preparing ${pending ?? 'the clip'}…` : (clip?.title ?? 'Audition')}</h2>
        {clip && (
          <p className="audition-bar__meta">
            <span>{formatSeconds(clip.durationSeconds)}</span>
            <span>{clip.cached ? 'from the cache' : 'just synthesised'}</span>
          </p>
        )}
        <div className="audition-bar__controls">
          <button type="button" className="button button--small" disabled={!clip} onClick={store.replay} aria-keyshortcuts="Space">
            Play again <kbd>Space</kbd>
          </button>
          <button type="button" className="button button--small" disabled={!playing} onClick={store.stop} aria-keyshortcuts="Escape">
            Stop <kbd>Esc</kbd>
          </button>
          <button type="button" className="button button--quiet button--small" aria-label="Close the player" onClick={store.dismiss}>
            Close
          </button>
        </div>
      </header>
      {preview && (
        <div className="audition-bar__preview">
          <ProgressBar
            label="Preparing the chapter preview"
            fraction={preview.progress?.fraction ?? null}
            valueText={preview.progress ? `${preview.progress.current} of ${preview.progress.total} lines` : undefined}
          />
          <button type="button" className="button button--quiet button--small" onClick={() => void store.cancelPreview()}>
            Cancel
          </button>
        </div>
      )}
      <Waveform clip={clip} />
      {clip && <ClipText clip={clip} />}
      {error && <ErrorMessage error={error} onDismiss={store.dismissError} />}
    </section>
  );
}
