import type { ChapterScript, ScriptSegment } from '../../../../shared/script-editing';

/** One row of the virtualised script view: a chapter's title, or one source paragraph's segments. */
export type ScriptRow =
  | { kind: 'chapter'; key: string; chapterId: number; title: string }
  | { kind: 'paragraph'; key: string; chapterId: number; segments: ScriptSegment[] };

/** The rows on screen and the ways into them, rebuilt whenever a chapter or the filter changes. */
export interface ScriptLayout {
  rows: ScriptRow[];
  /** Every segment on screen, in reading order: what up and down move through. */
  order: number[];
  /** Where a segment is: its row and its place in `order`. */
  rowOf: Map<number, number>;
  positionOf: Map<number, number>;
  /** The row of each chapter's title. */
  chapterRow: Map<number, number>;
}

export const EMPTY_LAYOUT: ScriptLayout = { rows: [], order: [], rowOf: new Map(), positionOf: new Map(), chapterRow: new Map() };

/**
 * The rows of one chapter. Segments of one source paragraph stay together, so a speech tag is read
 * with the line it attributes. With a speaker filter, only paragraphs holding one of their lines are
 * kept (whole, for context); a chapter with none of them is left out.
 */
export function chapterRows(chapter: ChapterScript, speakerFilter: number | null): ScriptRow[] {
  const paragraphs: ScriptRow[] = [];
  let current: ScriptSegment[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    if (speakerFilter === null || current.some((s) => s.speakerId === speakerFilter)) {
      paragraphs.push({ kind: 'paragraph', key: `p${current[0]!.id}`, chapterId: chapter.chapterId, segments: current });
    }
    current = [];
  };
  for (const segment of chapter.segments) {
    const previous = current[current.length - 1];
    if (previous && (previous.paragraphIndex !== segment.paragraphIndex || segment.sceneBreakBefore)) flush();
    current.push(segment);
  }
  flush();
  if (speakerFilter !== null && paragraphs.length === 0) return [];
  return [{ kind: 'chapter', key: `c${chapter.chapterId}`, chapterId: chapter.chapterId, title: chapter.title }, ...paragraphs];
}

/**
 * A chapter's rows are kept per chapter object and filter: an edit replaces one chapter's object, so
 * only that chapter is regrouped, whatever the length of the book.
 */
const cache = new WeakMap<ChapterScript, Map<number | null, ScriptRow[]>>();

function cachedChapterRows(chapter: ChapterScript, speakerFilter: number | null): ScriptRow[] {
  let byFilter = cache.get(chapter);
  if (!byFilter) {
    byFilter = new Map();
    cache.set(chapter, byFilter);
  }
  let rows = byFilter.get(speakerFilter);
  if (!rows) {
    rows = chapterRows(chapter, speakerFilter);
    byFilter.set(speakerFilter, rows);
  }
  return rows;
}

/** The layout of the chapters in `order` that are loaded. */
export function buildLayout(order: readonly number[], chapters: ReadonlyMap<number, ChapterScript>, speakerFilter: number | null): ScriptLayout {
  const rows: ScriptRow[] = [];
  const segmentOrder: number[] = [];
  const rowOf = new Map<number, number>();
  const positionOf = new Map<number, number>();
  const chapterRow = new Map<number, number>();
  for (const chapterId of order) {
    const chapter = chapters.get(chapterId);
    if (!chapter) continue;
    for (const row of cachedChapterRows(chapter, speakerFilter)) {
      const index = rows.length;
      rows.push(row);
      if (row.kind === 'chapter') {
        chapterRow.set(row.chapterId, index);
        continue;
      }
      for (const segment of row.segments) {
        rowOf.set(segment.id, index);
        positionOf.set(segment.id, segmentOrder.length);
        segmentOrder.push(segment.id);
      }
    }
  }
  return { rows, order: segmentOrder, rowOf, positionOf, chapterRow };
}

/** The segment in a layout, found through its row. */
export function segmentIn(layout: ScriptLayout, segmentId: number): ScriptSegment | null {
  const row = layout.rows[layout.rowOf.get(segmentId) ?? -1];
  return row?.kind === 'paragraph' ? (row.segments.find((s) => s.id === segmentId) ?? null) : null;
}
