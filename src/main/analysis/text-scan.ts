/** Fast character tests for the hot loops of the analysis (plain loops beat Unicode regexes here). */

function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(String.fromCharCode(c));
}

export function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  const s = String.fromCharCode(c);
  return s !== s.toUpperCase() && s === s.toLowerCase();
}

/** Whether a code unit is one `\s` matches in a regex: spaces, line ends, no-break and other Unicode spaces. */
export function isWhiteSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 160;
}

/**
 * The words of a text (letters joined by inner apostrophes or hyphens) as start and end offsets,
 * `[start0, end0, start1, end1, ...]`. A paragraph's words are found once and read by every pass
 * that walks them. ASCII letters are tested inline: the loop runs over whole books, mostly before
 * it is optimised, when a call per character is costly. A typed array keeps the bounds of a whole
 * book out of the garbage collector's way.
 */
export function wordBounds(text: string): Int32Array {
  // A word takes at least one character and a separator, so its bounds fit in `text.length + 1`.
  const bounds = new Int32Array(text.length + 1);
  let n = 0;
  const to = text.length;
  let i = 0;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!(c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : isLetterCode(c))) {
      i++;
      continue;
    }
    const start = i;
    for (i++; i < to; i++) {
      const d = text.charCodeAt(i);
      if (d < 128 ? (d >= 97 && d <= 122) || (d >= 65 && d <= 90) : isLetterCode(d)) continue;
      // An apostrophe or hyphen between letters joins them (`don't`, `Winnie-the-Pooh`).
      if (i + 1 < to && (d === 39 || d === 0x2019 || d === 45) && isLetterCode(text.charCodeAt(i + 1))) continue;
      break;
    }
    bounds[n++] = start;
    bounds[n++] = i;
  }
  return bounds.slice(0, n);
}

const LETTER = /^\p{L}$/u;

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The length of the letter that starts at `i` (2 for one written as a surrogate pair), or 0 when
 * none does: what `\p{L}` in a `u` regex matches there, reading no further than `end`.
 */
export function letterAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (!isHighSurrogate(c)) return isLetterCode(c) ? 1 : 0;
  return i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1)) && LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
}

/** The length of the letter that ends just before `i`, or 0, reading no further back than `start`. */
export function letterBefore(text: string, i: number, start: number): number {
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (!isLowSurrogate(c)) return isLetterCode(c) ? 1 : 0;
  return i - 2 >= start && isHighSurrogate(text.charCodeAt(i - 2)) && LETTER.test(text.slice(i - 2, i)) ? 2 : 0;
}

/** The first `count` runs of letters in `text`: `text.match(/\p{L}+/gu)?.slice(0, count) ?? []` without matching the whole text. */
export function firstLetterRuns(text: string, count: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length < count) {
    while (i < text.length && letterAt(text, i, text.length) === 0) i++;
    if (i >= text.length) break;
    const start = i;
    while (i < text.length) {
      const n = letterAt(text, i, text.length);
      if (n === 0) break;
      i += n;
    }
    out.push(text.slice(start, i));
  }
  return out;
}

/** The last `count` runs of letters in `text`, in order: `text.match(/\p{L}+/gu)?.slice(-count) ?? []` for a `count` above 0. */
export function lastLetterRuns(text: string, count: number): string[] {
  const out: string[] = [];
  let i = text.length;
  while (out.length < count) {
    while (i > 0 && letterBefore(text, i, 0) === 0) i--;
    if (i === 0) break;
    const end = i;
    while (i > 0) {
      const n = letterBefore(text, i, 0);
      if (n === 0) break;
      i -= n;
    }
    out.push(text.slice(i, end));
  }
  return out.reverse();
}
