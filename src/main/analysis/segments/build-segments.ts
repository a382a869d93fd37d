import type { Segment } from '../../../shared/script';
import type { QuoteSpan } from './pair-quote-marks';

/** Who speaks one quotation, as decided by attribution. */
export interface SpanSpeaker {
  speakerId: string | null;
  confidence: number;
  reason: Segment['reason'];
}

const WORDLESS = /^[\s\p{P}\p{S}]*$/u;

/**
 * Cuts a paragraph into narration and dialogue segments. Dialogue segments hold the spoken words
 * without their quotation marks (the marks belong to neither side); narration is what lies between,
 * trimmed, and dropped when it is only punctuation. `offsets` maps text positions to source offsets.
 */
export function buildSegments(text: string, spans: QuoteSpan[], speakers: SpanSpeaker[], offsets: Int32Array): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  const narration = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && isBoundary(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    const piece = text.slice(s, e);
    if (piece.length === 0 || WORDLESS.test(piece)) return;
    segments.push({ kind: 'narration', text: piece, start: at(offsets, s), end: endAt(offsets, e), speakerId: null, confidence: 1, reason: null });
  };
  spans.forEach((span, k) => {
    narration(cursor, span.openMark >= 0 ? span.openMark : span.start);
    const who = speakers[k] ?? { speakerId: null, confidence: 0, reason: 'unresolved' };
    segments.push({
      kind: 'dialogue',
      text: text.slice(span.start, span.end),
      start: at(offsets, span.start),
      end: endAt(offsets, span.end),
      speakerId: who.speakerId,
      confidence: who.confidence,
      reason: who.reason,
    });
    cursor = span.closeMark >= 0 ? span.closeMark + 1 : span.end;
  });
  narration(cursor, text.length);
  return segments;
}

function isBoundary(c: string | undefined): boolean {
  return c !== undefined && /\s/.test(c);
}

function at(offsets: Int32Array, i: number): number {
  return offsets[i] ?? offsets[offsets.length - 1] ?? 0;
}

/** The source offset just after the character at `e - 1`, so removed markup after it stays outside. */
function endAt(offsets: Int32Array, e: number): number {
  if (e <= 0) return at(offsets, 0);
  return at(offsets, e - 1) + 1;
}
