import type { Paragraph } from '../../../shared/book';

/** A Markdown document reduced to what chapter division needs. */
export type OutlineItem =
  | { type: 'heading'; level: number; title: string; start: number; end: number }
  | { type: 'paragraph'; paragraph: Paragraph; words: number }
  | { type: 'break'; start: number; end: number };

/** Text under a heading that makes it a chapter rather than a part or book title. */
const CHAPTER_MIN_WORDS = 20;

export interface ChapterLevel {
  /** Headings at this level start chapters; shallower ones are parts, deeper ones paragraphs. */
  level: number;
  /** Index in the outline of a lone top heading that names the book (-1 when none). */
  bookTitleIndex: number;
}

/**
 * Picks the heading level that divides the book into chapters: the shallowest level at which at
 * least two headings, and at least half of them, have text of their own (before the next heading
 * of any level). A level-1 heading that is the book's title, or parts that only hold chapters,
 * have no text of their own, so the level below wins. With no such level, the level whose
 * headings have the most text of their own.
 */
export function chooseChapterLevel(outline: readonly OutlineItem[]): ChapterLevel {
  const total = new Map<number, number>();
  const withText = new Map<number, number>();
  let open: number | null = null;
  let words = 0;
  const close = (): void => {
    if (open !== null && words >= CHAPTER_MIN_WORDS) withText.set(open, (withText.get(open) ?? 0) + 1);
  };
  for (const item of outline) {
    if (item.type === 'heading' && item.title !== '') {
      close();
      open = item.level;
      words = 0;
      total.set(item.level, (total.get(item.level) ?? 0) + 1);
    } else if (item.type === 'paragraph') {
      words += item.words;
    }
  }
  close();

  const levels = [...total.keys()].sort((a, b) => a - b);
  let level = levels.find((l) => {
    const n = withText.get(l) ?? 0;
    return n >= 2 && n * 2 >= (total.get(l) ?? 0);
  });
  if (level === undefined) {
    let best = 0;
    for (const l of levels) {
      const n = withText.get(l) ?? 0;
      if (n > best) {
        best = n;
        level = l;
      }
    }
  }
  if (level === undefined) level = levels[0] ?? 1;
  return { level, bookTitleIndex: findBookTitle(outline, level) };
}

/** A single heading above the chapter level, before the first chapter, with no text of its own. */
function findBookTitle(outline: readonly OutlineItem[], level: number): number {
  let found = -1;
  let firstChapterSeen = false;
  for (let i = 0; i < outline.length; i++) {
    const item = outline[i];
    if (!item || item.type !== 'heading' || item.title === '') continue;
    if (item.level < level) {
      if (found >= 0 || firstChapterSeen) return -1;
      found = i;
    } else if (item.level === level) {
      firstChapterSeen = true;
    }
  }
  if (found < 0) return -1;
  const next = outline[found + 1];
  return next?.type === 'paragraph' && next.words >= CHAPTER_MIN_WORDS ? -1 : found;
}
