/**
 * Maps offsets in a cleaned paragraph text back to offsets in the decoded source file.
 *
 * The plain-text importer joins hard-wrapped lines, collapses whitespace and drops Gutenberg's
 * `_italic_` underscores, so a paragraph's text and its source slice hold the same characters apart
 * from whitespace runs and underscores. Segment boundaries must index the source (the scorer and the
 * source view use them), hence this alignment.
 */

const RESYNC_WINDOW = 12;
const RESYNC_PROBE = 3;

import { isSpaceCode } from './text-scan';

/** Soft hyphen, zero-width characters, word joiner and byte-order mark: removed by the cleaning. */
function isInvisibleCode(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x180e;
}

/**
 * Returns an array `map` of length `text.length + 1`: `map[i]` is the source offset of `text[i]`
 * (and `map[text.length]` the offset just after the last aligned character). Never throws: where
 * the two texts differ beyond whitespace and underscores it realigns on the next matching run, or
 * assumes a one-for-one substitution.
 */
export function alignToSource(text: string, source: string, sourceStart: number, sourceEnd: number): Int32Array {
  const map = new Int32Array(text.length + 1);
  const end = Math.min(sourceEnd, source.length);
  let j = Math.max(0, Math.min(sourceStart, end));
  let i = 0;
  let lastEnd = j;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const s = source.charCodeAt(j);
    if (j >= end) {
      map[i] = end;
      i++;
      continue;
    }
    if (c === s) {
      map[i] = j;
      i++;
      j++;
      lastEnd = j;
    } else if (s === 95) {
      j++;
    } else if (isSpaceCode(s) || isInvisibleCode(s)) {
      j++;
    } else if (isSpaceCode(c)) {
      map[i] = j;
      i++;
    } else {
      const found = resync(text, i, source, j, end);
      if (found >= 0) {
        j = found;
      } else {
        map[i] = j;
        i++;
        j++;
        lastEnd = j;
      }
    }
  }
  map[text.length] = Math.min(lastEnd, end);
  return map;
}

/** Finds where the source picks up `text` again after a difference, within a small window. */
function resync(text: string, i: number, source: string, j: number, end: number): number {
  const probe = text.slice(i, i + RESYNC_PROBE);
  if (probe.length === 0) return -1;
  for (let k = j + 1; k <= Math.min(end - probe.length, j + RESYNC_WINDOW); k++) {
    if (source.startsWith(probe, k)) return k;
  }
  return -1;
}

/** The source offset of each text position from 0 to the text's length. */
export type OffsetMap = (i: number) => number;

/**
 * Without the source: offsets inside the paragraph span, scaled when the text and span differ in
 * length. A function, so that a caller needing a few positions of a long paragraph computes only those.
 */
export function proportionalOffsetMap(length: number, start: number, end: number): OffsetMap {
  const span = Math.max(0, end - start);
  const exact = span === length || length === 0;
  return (i) => (exact ? start + Math.min(i, span) : start + Math.round((i * span) / length));
}

/** `proportionalOffsetMap` for every position of the text. */
export function proportionalOffsets(text: string, start: number, end: number): Int32Array {
  const map = new Int32Array(text.length + 1);
  const offsetOf = proportionalOffsetMap(text.length, start, end);
  for (let i = 0; i <= text.length; i++) map[i] = offsetOf(i);
  return map;
}
