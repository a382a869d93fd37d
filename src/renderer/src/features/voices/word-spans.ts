import type { ClipSegment } from '../../../../shared/requests/voice-requests';
import type { WordTiming } from '../../../../shared/voices';

/** A run of a segment's text: a word heard in the clip (with its index in `words`), or the text between. */
export interface TextPiece {
  text: string;
  word: number | null;
}

/**
 * Places the clip's words in the text as written, so the word being heard can be highlighted. Words
 * are found in order; one the engine names differently from the page ("thirty" for "30", a
 * respelling) is left unmarked and the search goes on after it.
 */
export function wordPieces(segment: ClipSegment, words: readonly WordTiming[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  const lower = segment.text.toLowerCase();
  let cursor = 0;
  words.forEach((word, index) => {
    if (word.startSample < segment.startSample || word.startSample >= Math.max(segment.endSample, segment.startSample + 1)) return;
    const at = lower.indexOf(word.text.toLowerCase(), cursor);
    if (at < 0 || word.text.trim() === '') return;
    if (at > cursor) pieces.push({ text: segment.text.slice(cursor, at), word: null });
    pieces.push({ text: segment.text.slice(at, at + word.text.length), word: index });
    cursor = at + word.text.length;
  });
  if (cursor < segment.text.length) pieces.push({ text: segment.text.slice(cursor), word: null });
  return pieces;
}

/** The index of the thing (word or segment) being heard at `sample`, or -1 between them. */
export function indexAt(spans: ReadonlyArray<{ startSample: number; endSample: number }>, sample: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (sample < span.startSample) high = mid - 1;
    else if (sample >= span.endSample) low = mid + 1;
    else return mid;
  }
  return -1;
}
