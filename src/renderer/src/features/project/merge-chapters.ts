import type { ChapterSummary } from '../../../../shared/project';

/**
 * The chapters of a refreshed summary, reusing every unchanged chapter object (and the whole array
 * when nothing changed), so a refresh re-renders only the sidebar rows that differ.
 */
export function mergeChapters(previous: ChapterSummary[], next: ChapterSummary[]): ChapterSummary[] {
  const byId = new Map(previous.map((c) => [c.id, c]));
  let changed = previous.length !== next.length;
  const merged = next.map((chapter, i) => {
    const old = byId.get(chapter.id);
    const kept = old && sameChapter(old, chapter) ? old : chapter;
    if (kept !== previous[i]) changed = true;
    return kept;
  });
  return changed ? merged : previous;
}

/** Replaces one chapter by id, keeping every other object as it was. */
export function replaceChapter(chapters: ChapterSummary[], updated: ChapterSummary): ChapterSummary[] {
  return chapters.map((c) => (c.id === updated.id ? updated : c));
}

function sameChapter(a: ChapterSummary, b: ChapterSummary): boolean {
  return (
    a.id === b.id &&
    a.index === b.index &&
    a.title === b.title &&
    a.kind === b.kind &&
    a.role === b.role &&
    a.included === b.included &&
    a.wordCount === b.wordCount &&
    a.paragraphCount === b.paragraphCount
  );
}
