import { chooseChapterLevel } from '../html/choose-chapter-level';
import type { PdfLine } from './page-lines';
import type { PdfOutlineEntry } from './pdf-outline';

export interface OutlineStart {
  title: string;
  /** Entries above the chapter level that are used more than once are parts. */
  level: 'part' | 'chapter';
}

/**
 * The lines where the outline's chapters begin, with their titles. The outline level that holds the
 * chapters is chosen as for headings (`chooseChapterLevel`); each entry starts at the first line of
 * its page at or below the destination's top (a quarter of the line's size of slack, for producers
 * that point at the baseline), or at the page's first line when the destination names no position
 * or the page has nothing below it; an entry on a page without text starts on the next page with text.
 * Two entries at the same line keep the later, more specific title.
 */
export function outlineStarts(entries: readonly PdfOutlineEntry[], pages: ReadonlyArray<readonly PdfLine[]>): Map<PdfLine, OutlineStart> {
  const level = chooseChapterLevel(entries.map((e) => ({ level: e.level, text: e.title })));
  const uses = new Map<number, number>();
  for (const e of entries) uses.set(e.level, (uses.get(e.level) ?? 0) + 1);
  const byPage = new Map<number, readonly PdfLine[]>();
  for (const lines of pages) if (lines[0]) byPage.set(lines[0].pageNumber, lines);
  const lastPage = Math.max(0, ...byPage.keys());
  const starts = new Map<PdfLine, OutlineStart>();
  for (const entry of entries) {
    if (entry.level > level) continue;
    const line = startLine(entry, byPage, lastPage);
    if (line) starts.set(line, { title: entry.title, level: entry.level < level && uses.get(entry.level)! >= 2 ? 'part' : 'chapter' });
  }
  return starts;
}

function startLine(entry: PdfOutlineEntry, byPage: ReadonlyMap<number, readonly PdfLine[]>, lastPage: number): PdfLine | undefined {
  const lines = byPage.get(entry.pageNumber);
  if (lines) {
    const top = entry.top;
    const line = top === undefined ? lines[0] : lines.find((l) => l.y >= top - 0.25 * l.size);
    if (line) return line;
  }
  for (let page = entry.pageNumber + 1; page <= lastPage; page++) {
    const first = byPage.get(page)?.[0];
    if (first) return first;
  }
  return undefined;
}
