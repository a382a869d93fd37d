import { wordCount } from '../../shared/book';
import { StudioError } from '../../shared/errors';
import type { SegmentKind } from '../../shared/script';
import type { EditContext } from './edit-context';
import { segmentRecord, spanOf, type SegmentRecord } from './segment-records';
import { statement } from './statements';

/** Edits of the segments themselves. Each returns the label of its undo step. */

/** Sets what a segment says. The analysis's text is kept, so the change shows and can be undone. */
export function writeText(ctx: EditContext, r: SegmentRecord, text: string): void {
  const clean = text.trim();
  if (clean.length === 0) throw new StudioError('INVALID_REQUEST', 'A line cannot be empty: merge it into a neighbour instead.');
  if (clean === r.text) return;
  const original = r.original_text ?? r.text;
  ctx.updateSegment(r.id, { text: clean, original_text: clean === original ? null : original, words: wordCount(clean) });
}

export function editText(ctx: EditContext, segmentId: number, text: string): string {
  writeText(ctx, segmentRecord(ctx.db, segmentId), text);
  return 'Edit text';
}

/** The source offset that corresponds to `offset` in the text, strictly inside the span when it can be. */
function sourceOffset(r: SegmentRecord, offset: number): number {
  const width = r.end - r.start;
  if (width < 2) return r.end;
  const scaled = r.start + Math.round((offset * width) / Math.max(1, r.text.length));
  return Math.min(r.end - 1, Math.max(r.start + 1, scaled));
}

/** Splits a segment in two at `offset`; the first half keeps its id, both keep the speaker. */
export function split(ctx: EditContext, segmentId: number, offset: number): string {
  const r = segmentRecord(ctx.db, segmentId);
  if (offset <= 0 || offset >= r.text.length) {
    throw new StudioError('INVALID_REQUEST', `Cannot split at ${offset}: the line has ${r.text.length} characters, so split between 1 and ${r.text.length - 1}.`);
  }
  const first = r.text.slice(0, offset).trimEnd();
  const second = r.text.slice(offset).trimStart();
  if (first.length === 0 || second.length === 0) {
    throw new StudioError('INVALID_REQUEST', `Splitting at ${offset} would leave one part with nothing but spaces.`);
  }
  const middle = sourceOffset(r, offset);
  if (r.correction !== null) {
    ctx.dropCorrection(spanOf(r));
    for (const span of [{ ...spanOf(r), end: middle }, { ...spanOf(r), start: middle }]) {
      ctx.setCorrection(span, r.corrected_speaker, r.correction, r.corrected_confidence);
    }
  }
  ctx.shiftSegments(r.chapter_id, r.idx, 1);
  ctx.updateSegment(r.id, { text: first, end: middle, words: wordCount(first) });
  ctx.insertSegment(r, { idx: r.idx + 1, text: second, start: middle, end: r.end });
  return 'Split line';
}

/** Joins a segment and the next one in its chapter into the first; the first's kind and speaker win. */
export function mergeNext(ctx: EditContext, segmentId: number): string {
  const a = segmentRecord(ctx.db, segmentId);
  const next = statement(ctx.db, 'SELECT id FROM segments WHERE chapter_id = ? AND idx > ? ORDER BY idx LIMIT 1').get(a.chapter_id, a.idx) as { id: number } | undefined;
  if (!next) throw new StudioError('INVALID_REQUEST', 'This is the last line of its chapter: there is nothing after it to merge with.');
  const b = segmentRecord(ctx.db, next.id);
  const text = `${a.text} ${b.text}`;
  const edited = a.original_text !== null || b.original_text !== null;
  const span = a.source === b.source ? { ...spanOf(a), end: Math.max(a.end, b.end) } : spanOf(a);
  ctx.dropCorrection(spanOf(b));
  ctx.dropCorrection(spanOf(a));
  if (a.correction !== null) ctx.setCorrection(span, a.corrected_speaker, a.correction, a.corrected_confidence);
  else ctx.dropCorrection(span);
  ctx.deleteSegment(b.id);
  ctx.shiftSegments(a.chapter_id, b.idx, -1);
  ctx.updateSegment(a.id, {
    text,
    original_text: edited ? `${a.original_text ?? a.text} ${b.original_text ?? b.text}` : null,
    end: span.end,
    words: wordCount(text),
  });
  return 'Merge lines';
}

/**
 * Turns narration into dialogue or back. A new line of dialogue has no known speaker yet, so it goes
 * to the review queue; narration is read by the narrator. A speaker chosen for the old kind is dropped.
 */
export function setKind(ctx: EditContext, segmentId: number, kind: SegmentKind): string {
  const r = segmentRecord(ctx.db, segmentId);
  const label = kind === 'dialogue' ? 'Make dialogue' : 'Make narration';
  if (r.kind === kind) return label;
  if (r.correction !== null) ctx.dropCorrection(spanOf(r));
  ctx.updateSegment(r.id, kind === 'dialogue' ? { kind, confidence: 0, reason: 'unresolved', reviewed: 0 } : { kind, confidence: 1, reason: null });
  return label;
}

export function setSceneBreak(ctx: EditContext, segmentId: number, sceneBreak: boolean): string {
  const r = segmentRecord(ctx.db, segmentId);
  ctx.updateSegment(r.id, { scene_break: sceneBreak ? 1 : 0 });
  return sceneBreak ? 'Mark scene break' : 'Remove scene break';
}

export function setReviewed(ctx: EditContext, segmentId: number, reviewed: boolean): string {
  const r = segmentRecord(ctx.db, segmentId);
  ctx.updateSegment(r.id, { reviewed: reviewed ? 1 : 0 });
  return reviewed ? 'Mark reviewed' : 'Mark not reviewed';
}
