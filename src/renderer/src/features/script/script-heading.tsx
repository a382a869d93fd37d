import { useCastStore } from '../cast/cast-store';
import { ChapterKindBadge } from '../project/chapter-kind-badge';
import { useProjectStore } from '../project/project-store';
import { useScriptStore } from './script-store';

/** The chapter being read, and the filter when the script shows one character's lines. */
export function ScriptHeading() {
  const chapterId = useScriptStore((s) => s.currentChapterId);
  const chapter = useProjectStore((s) => s.project?.chapters.find((c) => c.id === chapterId));
  const filter = useScriptStore((s) => s.speakerFilter);
  const filtered = useCastStore((s) => (filter === null ? undefined : s.byId.get(filter)));
  const loading = useScriptStore((s) => s.status === 'loading');
  return (
    <header className="script-heading">
      <h2 id="script-heading" className="script-heading__title">
        {chapter ? chapter.title || 'Untitled chapter' : 'Script'}
      </h2>
      <div className="script-heading__meta">
        {chapter && <ChapterKindBadge kind={chapter.kind} role={chapter.role} />}
        {loading && <span className="script-heading__loading">Loading the rest of the book…</span>}
        {filter !== null && (
          <span className="script-filter">
            Showing the lines of <strong>{filtered?.name ?? 'a character'}</strong>
            <button type="button" className="button button--quiet button--small" onClick={() => useScriptStore.getState().setSpeakerFilter(null)}>
              Show everyone
            </button>
          </span>
        )}
      </div>
    </header>
  );
}
