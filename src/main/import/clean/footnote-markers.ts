import type { Emphasis } from '../../../shared/book';

/** A range of the input that survives, in input offsets. */
export interface KeptRange {
  start: number;
  end: number;
}

export interface StrippedText {
  text: string;
  /** Emphasis moved to offsets into the returned text. */
  emphasis: Emphasis[];
  /** The input ranges that make up `text`, in order: `text` is their slices concatenated. */
  kept: KeptRange[];
}

/** Where a footnote marker can start: a bracket, a superscript digit or a reference symbol. */
const CANDIDATE_RE = /[[¹²³⁰⁴-⁹*†‡§]/g;
/** `[1]`, `[12]`, `[^1]`, `[^note]`, tried at a `[`. */
const BRACKET_MARKER_RE = /\[\^[^\]\s]{1,20}\]|\[\d{1,3}\]/y;
/** A symbol or superscript marker hangs off a word or punctuation... */
const MARKER_HOST = /[\p{L}\p{N}.,;:!?’”"')\]\uE001]/u;
/** ...and is followed by a space, punctuation or the end. */
const MARKER_FOLLOWER = /[\s.,;:!?’”"')\]—–-]/;
const SUPERSCRIPT_DIGITS = '¹²³⁰⁴⁵⁶⁷⁸⁹';
const REFERENCE_SYMBOLS = '*†‡§';

/** A `*` that opens a word is emphasis or a list mark, so `*` markers are left alone in such text. */
const STAR_OPENS_WORD = /(?:^|\s)\*+\S/;

/**
 * Removes footnote markers (`[1]`, `[12]`, `[^1]`, superscript digits, and `*` `†` `‡` `§` attached
 * to the end of a word or punctuation) and maps emphasis ranges (offsets into `text`) onto the
 * result. A space before a marker that is followed by a space goes with it, so no double space is
 * left. `kept` lets a caller map any other offset from the result back to the input.
 */
export function stripFootnoteMarkers(text: string, emphasis: readonly Emphasis[] = []): StrippedText {
  const starIsEmphasis = text.includes('*') && STAR_OPENS_WORD.test(text);
  const kept: KeptRange[] = [];
  let from = 0;
  CANDIDATE_RE.lastIndex = 0;
  for (let m = CANDIDATE_RE.exec(text); m; m = CANDIDATE_RE.exec(text)) {
    const at = m.index;
    const end = markerEnd(text, at, starIsEmphasis);
    if (end < 0) continue;
    const spaceBefore = at > 0 && text[at - 1] === ' ';
    const spaceAfter = end === text.length || text[end] === ' ';
    const cutStart = spaceBefore && spaceAfter ? at - 1 : at;
    if (cutStart > from) kept.push({ start: from, end: cutStart });
    from = Math.max(from, end);
    CANDIDATE_RE.lastIndex = end;
  }
  if (from === 0) return { text, emphasis: emphasis.map((e) => ({ ...e })), kept: [{ start: 0, end: text.length }] };
  if (from < text.length) kept.push({ start: from, end: text.length });
  const out = kept.map((r) => text.slice(r.start, r.end)).join('');
  return { text: out, emphasis: mapEmphasis(emphasis, kept), kept };
}

/** Where the marker starting at `at` ends, or -1 when there is none. */
function markerEnd(text: string, at: number, starIsEmphasis: boolean): number {
  const first = text[at] ?? '';
  if (first === '[') {
    BRACKET_MARKER_RE.lastIndex = at;
    const m = BRACKET_MARKER_RE.exec(text);
    return m ? at + m[0].length : -1;
  }
  if (starIsEmphasis && first === '*') return -1;
  if (at === 0 || !MARKER_HOST.test(text[at - 1] ?? '')) return -1;
  const set = SUPERSCRIPT_DIGITS.includes(first) ? SUPERSCRIPT_DIGITS : REFERENCE_SYMBOLS;
  const limit = set === REFERENCE_SYMBOLS ? 3 : 6;
  let end = at;
  while (end < text.length && end - at < limit && set.includes(text[end] ?? '')) end++;
  if (end < text.length && !MARKER_FOLLOWER.test(text[end] ?? '')) return -1;
  return end;
}

/** Maps an input offset to the output offset through kept ranges; a removed span maps to one point. */
export function mapOffset(offset: number, kept: readonly KeptRange[]): number {
  let out = 0;
  for (const r of kept) {
    if (offset <= r.start) return out;
    if (offset <= r.end) return out + (offset - r.start);
    out += r.end - r.start;
  }
  return out;
}

function mapEmphasis(emphasis: readonly Emphasis[], kept: readonly KeptRange[]): Emphasis[] {
  return emphasis
    .map((e) => ({ start: mapOffset(e.start, kept), end: mapOffset(e.end, kept) }))
    .filter((e) => e.end > e.start);
}
