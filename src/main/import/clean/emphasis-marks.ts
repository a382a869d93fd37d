import type { Emphasis } from '../../../shared/book';

/**
 * Emphasis travels through text cleaning as two private-use sentinels, so every rewrite (whitespace
 * collapse, hyphen joins, footnote removal) keeps it in place without offset bookkeeping. Call
 * `dropSentinels` on source text first, then `extractEmphasis` on the cleaned result.
 */
export const EMPHASIS_OPEN = '\uE000';
export const EMPHASIS_CLOSE = '\uE001';

const SENTINEL_RE = /[\uE000\uE001]/g;

/** Removes any sentinel characters that the source itself happens to contain. */
export function dropSentinels(s: string): string {
  return s.includes(EMPHASIS_OPEN) || s.includes(EMPHASIS_CLOSE) ? s.replace(SENTINEL_RE, '') : s;
}

/**
 * Splits text with sentinels into plain text and emphasis ranges (offsets into the returned text).
 * Unbalanced sentinels are tolerated; ranges are trimmed of spaces, empty ones dropped, touching ones
 * merged, and a space doubled by a removed sentinel is dropped.
 */
export function extractEmphasis(marked: string): { text: string; emphasis: Emphasis[] } {
  if (!marked.includes(EMPHASIS_OPEN) && !marked.includes(EMPHASIS_CLOSE)) return { text: marked, emphasis: [] };
  // A sentinel between two spaces would leave them doubled once it is removed.
  const tidy = marked
    .replace(/ ([\uE000\uE001]+) /g, ' $1')
    .replace(/^([\uE000\uE001]+) /, '$1')
    .replace(/ ([\uE000\uE001]+)$/, '$1');
  const pieces: string[] = [];
  const ranges: Emphasis[] = [];
  let length = 0;
  let depth = 0;
  let openedAt = 0;
  let from = 0;
  for (const m of tidy.matchAll(SENTINEL_RE)) {
    const piece = tidy.slice(from, m.index);
    pieces.push(piece);
    length += piece.length;
    from = m.index + 1;
    if (m[0] === EMPHASIS_OPEN) {
      if (depth++ === 0) openedAt = length;
    } else if (depth > 0 && --depth === 0) {
      ranges.push({ start: openedAt, end: length });
    }
  }
  pieces.push(tidy.slice(from));
  const text = pieces.join('');
  if (depth > 0) ranges.push({ start: openedAt, end: text.length });
  return { text, emphasis: tidyRanges(text, ranges) };
}

/** Trims ranges of spaces, drops empty ones and merges those only a space apart. */
function tidyRanges(text: string, ranges: readonly Emphasis[]): Emphasis[] {
  const out: Emphasis[] = [];
  for (const r of ranges) {
    let s = r.start;
    let e = Math.min(r.end, text.length);
    while (s < e && text[s] === ' ') s++;
    while (e > s && text[e - 1] === ' ') e--;
    if (e <= s) continue;
    const last = out[out.length - 1];
    if (last && s - last.end <= 1 && text.slice(last.end, s).trim() === '') {
      last.end = e;
    } else {
      out.push({ start: s, end: e });
    }
  }
  return out;
}
