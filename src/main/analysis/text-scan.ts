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

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 160;
}

/** Calls `visit` with the start and end of every word (letters joined by inner apostrophes or hyphens). */
export function forEachWord(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  let i = from;
  while (i < to) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < to && isLetterCode(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      if (i + 1 < to && (c === 39 || c === 0x2019 || c === 45) && isLetterCode(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    visit(start, i);
  }
}
