import { useAuditionStore } from './audition-store';

/** A play button on the line selected in the script: hears it as it will be rendered (key `a`). */
export function AuditionLineButton({ segmentId }: { segmentId: number }) {
  return (
    <button
      type="button"
      className="audition-line-button"
      aria-label="Hear this line (a)"
      title="Hear this line (a)"
      aria-keyshortcuts="a"
      onClick={(event) => {
        event.stopPropagation();
        void useAuditionStore.getState().auditionSegment(segmentId);
      }}
    >
      <span aria-hidden="true">▶</span>
    </button>
  );
}
