import { formatBytes } from './render-labels';
import { useRenderStore } from './render-store';

/** Frees the project's audio cache of lines and blocks nothing uses any more, and says how much it freed. */
export function CacheSpace() {
  const pruning = useRenderStore((s) => s.pruning);
  const freed = useRenderStore((s) => s.freed);
  const busy = useRenderStore((s) => s.phase !== 'idle');
  return (
    <section className="render-cache" aria-label="Audio cache">
      <button type="button" onClick={() => void useRenderStore.getState().pruneCache()} disabled={pruning || busy} title={busy ? 'Wait for the render to finish' : undefined}>
        {pruning ? 'Freeing up space…' : 'Free up space'}
      </button>
      {freed && (
        <p className="render-cache__freed" role="status">
          {freed.files === 0 ? 'Nothing to free: the cache holds only audio the project uses.' : `Freed ${formatBytes(freed.bytes)} (${freed.files} file${freed.files === 1 ? '' : 's'}).`}
        </p>
      )}
    </section>
  );
}
