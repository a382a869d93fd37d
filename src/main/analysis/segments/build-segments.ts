import type { Segment } from '../../../shared/script';
import type { OffsetMap } from '../source-offsets';
import { isWhiteSpaceCode } from '../text-scan';
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
 * trimmed, and dropped when it is only punctuation. `offsetOf` maps text positions to source offsets.
 */
export function buildSegments(text: string, spans: QuoteSpan[], speakers: SpanSpeaker[], offsetOf: OffsetMap): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  const narration = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && isWhiteSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isWhiteSpaceCode(text.charCodeAt(e - 1))) e--;
    const piece = text.slice(s, e);
    if (piece.length === 0 || WORDLESS.test(piece)) return;
    segments.push({ kind: 'narration', text: piece, start: offsetOf(s), end: endAt(offsetOf, e), speakerId: null, confidence: 1, reason: null });
  };
  spans.forEach((span, k) => {
    narration(cursor, span.openMark >= 0 ? span.openMark : span.start);
    const who = speakers[k] ?? { speakerId: null, confidence: 0, reason: 'unresolved' };
    segments.push({
      kind: 'dialogue',
      text: text.slice(span.start, span.end),
      start: offsetOf(span.start),
      end: endAt(offsetOf, span.end),
      speakerId: who.speakerId,
      confidence: who.confidence,
      reason: who.reason,
    });
    cursor = span.closeMark >= 0 ? span.closeMark + 1 : span.end;
  });
  narration(cursor, text.length);
  return segments;
}

/** The source offset just after the character at `e - 1`, so removed markup after it stays outside. */
function endAt(offsetOf: OffsetMap, e: number): number {
  if (e <= 0) return offsetOf(0);
  return offsetOf(e - 1) + 1;
}
