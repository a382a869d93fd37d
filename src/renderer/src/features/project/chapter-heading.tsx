import { ChapterKindBadge } from './chapter-kind-badge';
import { useChapterStore } from './chapter-store';
import { formatWordCount } from './format-word-count';
import { useProjectStore } from './project-store';

/** The selected chapter's title, from the project summary: shown at once, before its text arrives. */
export function ChapterHeading() {
  const selectedId = useChapterStore((s) => s.selectedId);
  const chapter = useProjectStore((s) => s.project?.chapters.find((c) => c.id === selectedId));
  if (!chapter) {
    return (
      <h2 id="chapter-heading" className="chapter-heading__title">
        No chapter selected
      </h2>
    );
  }
  return (
    <header className="chapter-heading">
      <h2 id="chapter-heading" className="chapter-heading__title">
        {chapter.title || 'Untitled chapter'}
      </h2>
      <p className="chapter-heading__meta">
        <ChapterKindBadge kind={chapter.kind} role={chapter.role} />
        <span>{formatWordCount(chapter.wordCount)}</span>
        {!chapter.included && <span className="chapter-heading__skipped">Not read in the audiobook</span>}
      </p>
    </header>
  );
}
