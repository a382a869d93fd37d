import type Database from 'better-sqlite3';
import type { ReviewItem } from '../../shared/script-editing';
import { SEGMENT_SELECT, narratorId, toScriptSegment, type SegmentRecord } from './segment-records';
import { statement } from './statements';

/** About two lines of a page on either side: enough to see the speech tag and the previous turn. */
const CONTEXT_CHARS = 240;

const CONFIDENCE_SQL = `CASE WHEN k.kind = 'propagated' THEN coalesce(k.confidence, s.confidence) ELSE s.confidence END`;

/**
 * Unreviewed dialogue the author has not fixed, below the threshold, lowest confidence first, in the
 * chapters read aloud; each with the text around it as the reader meets it (quotation marks and tags).
 */
export function reviewQueue(db: Database.Database, threshold: number, limit: number): ReviewItem[] {
  const narrator = narratorId(db);
  const rows = statement(
    db,
    `SELECT q.*, c.title AS chapter_title FROM (${SEGMENT_SELECT}
       WHERE s.kind = 'dialogue' AND s.reviewed = 0 AND coalesce(k.kind, '') <> 'author' AND ${CONFIDENCE_SQL} < ?
     ) q JOIN chapters c ON c.id = q.chapter_id AND c.included = 1
     ORDER BY CASE WHEN q.correction = 'propagated' THEN coalesce(q.corrected_confidence, q.confidence) ELSE q.confidence END, c.idx, q.idx
     LIMIT ?`,
  ).all(threshold, limit) as Array<SegmentRecord & { chapter_title: string }>;
  return rows.map((r) => ({ segment: toScriptSegment(r, narrator), chapterTitle: r.chapter_title, ...surroundings(db, r) }));
}

interface ParagraphText {
  idx: number;
  text: string;
  start: number;
  end: number;
}

/** Where the segment sits in its paragraph's text: the occurrence nearest where its source span puts it. */
function locate(paragraph: ParagraphText, r: SegmentRecord): { at: number; length: number } | null {
  const needle = r.original_text ?? r.text;
  const width = Math.max(1, paragraph.end - paragraph.start);
  const expected = ((r.start - paragraph.start) / width) * paragraph.text.length;
  let best: number | null = null;
  for (let at = paragraph.text.indexOf(needle); at >= 0; at = paragraph.text.indexOf(needle, at + 1)) {
    if (best === null || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
  }
  return best === null ? null : { at: best, length: needle.length };
}

function tail(text: string): string {
  if (text.length <= CONTEXT_CHARS) return text;
  const cut = text.slice(text.length - CONTEXT_CHARS);
  const space = cut.indexOf(' ');
  return `…${space >= 0 && space < 30 ? cut.slice(space + 1) : cut}`;
}

function head(text: string): string {
  if (text.length <= CONTEXT_CHARS) return text;
  const cut = text.slice(0, CONTEXT_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > CONTEXT_CHARS - 30 ? cut.slice(0, space) : cut}…`;
}

function surroundings(db: Database.Database, r: SegmentRecord): { before: string; after: string } {
  const paragraph = (idx: number): ParagraphText | undefined =>
    statement(db, 'SELECT idx, text, start, end FROM paragraphs WHERE chapter_id = ? AND idx = ?').get(r.chapter_id, idx) as ParagraphText | undefined;
  const own = r.paragraph_idx === null ? undefined : paragraph(r.paragraph_idx);
  const place = own ? locate(own, r) : null;
  if (!own || !place) return neighbourSegments(db, r);
  let before = own.text.slice(0, place.at);
  let after = own.text.slice(place.at + place.length);
  if (before.trim().length < CONTEXT_CHARS / 2) {
    const previous = paragraph(own.idx - 1);
    if (previous) before = `${previous.text}\n${before}`;
  }
  if (after.trim().length < CONTEXT_CHARS / 2) {
    const next = paragraph(own.idx + 1);
    if (next) after = `${after}\n${next.text}`;
  }
  return { before: tail(before), after: head(after) };
}

/** For a line whose text the author changed beyond finding it in the paragraph: the lines around it. */
function neighbourSegments(db: Database.Database, r: SegmentRecord): { before: string; after: string } {
  const text = (sql: string): string => (statement(db, sql).get(r.chapter_id, r.idx) as { text: string } | undefined)?.text ?? '';
  return {
    before: tail(text('SELECT text FROM segments WHERE chapter_id = ? AND idx < ? ORDER BY idx DESC LIMIT 1')),
    after: head(text('SELECT text FROM segments WHERE chapter_id = ? AND idx > ? ORDER BY idx LIMIT 1')),
  };
}
