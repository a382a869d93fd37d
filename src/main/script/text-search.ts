import type Database from 'better-sqlite3';
import { StudioError } from '../../shared/errors';
import type { SearchMatch } from '../../shared/script-editing';
import type { EditContext } from './edit-context';
import { writeText } from './segment-edits';
import { segmentRecord, type SegmentRecord } from './segment-records';
import { statement } from './statements';

export interface SearchQuery {
  query: string;
  caseSensitive: boolean;
  wholeWord: boolean;
}

/** More would be no use on a screen and would only slow the reply down. */
export const MAX_MATCHES = 10_000;
const EXCERPT_CONTEXT = 40;

/** The query as a literal pattern; a whole word is not touching a letter, digit or underscore on either side. */
export function searchPattern(q: SearchQuery): RegExp {
  const literal = q.query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = q.wholeWord ? `(?<![\\p{L}\\p{N}_])${literal}(?![\\p{L}\\p{N}_])` : literal;
  return new RegExp(body, q.caseSensitive ? 'gu' : 'giu');
}

export function findAll(text: string, pattern: RegExp): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(pattern)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - EXCERPT_CONTEXT);
  const to = Math.min(text.length, end + EXCERPT_CONTEXT);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

interface SearchRow {
  id: number;
  chapter_id: number;
  text: string;
}

/** The lines of the chapters read aloud, in book order. */
function spokenLines(db: Database.Database): SearchRow[] {
  return statement(
    db,
    `SELECT s.id, s.chapter_id, s.text FROM segments s JOIN chapters c ON c.id = s.chapter_id AND c.included = 1 ORDER BY c.idx, s.idx`,
  ).all() as SearchRow[];
}

/** Every match in the chapters read aloud, in book order, up to MAX_MATCHES. */
export function search(db: Database.Database, q: SearchQuery): SearchMatch[] {
  const pattern = searchPattern(q);
  const out: SearchMatch[] = [];
  for (const row of spokenLines(db)) {
    for (const m of findAll(row.text, pattern)) {
      out.push({ segmentId: row.id, chapterId: row.chapter_id, start: m.start, end: m.end, excerpt: excerpt(row.text, m.start, m.end) });
      if (out.length >= MAX_MATCHES) return out;
    }
  }
  return out;
}

/** Replaces every match (or those in the given lines) in one undo step. */
export function replace(ctx: EditContext, q: SearchQuery & { replacement: string; segmentIds?: number[] }): string {
  const pattern = searchPattern(q);
  const lines: SegmentRecord[] = q.segmentIds
    ? [...new Set(q.segmentIds)].map((id) => segmentRecord(ctx.db, id))
    : spokenLines(ctx.db).filter((row) => findAll(row.text, pattern).length > 0).map((row) => segmentRecord(ctx.db, row.id));
  let changed = 0;
  for (const r of lines) {
    const text = r.text.replace(pattern, () => q.replacement);
    if (text === r.text) continue;
    if (text.trim().length === 0) {
      throw new StudioError('INVALID_REQUEST', `Replacing would leave line ${r.id} (“${excerpt(r.text, 0, 0)}”) empty; nothing was replaced.`);
    }
    writeText(ctx, r, text);
    changed++;
  }
  return `Replace “${q.query}” with “${q.replacement}” (${changed} ${changed === 1 ? 'line' : 'lines'})`;
}
