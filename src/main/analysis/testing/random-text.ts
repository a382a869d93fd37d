/**
 * Reproducible random texts for tests that hold a fast scan to the regex it stands in for: pieces
 * are drawn from a list with a seeded generator, so that a failure prints a text that fails again.
 */
export function randomTexts(pieces: readonly string[], count: number, maxPieces: number, seed = 1): string[] {
  let state = seed;
  const next = (n: number): number => {
    // Park-Miller: small, and the same sequence on every run.
    state = (state * 48271) % 0x7fffffff;
    return state % n;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    const length = next(maxPieces + 1);
    for (let i = 0; i < length; i++) text += pieces[next(pieces.length)] ?? '';
    out.push(text);
  }
  return out;
}

/**
 * Pieces that test letter scans at their edges: ASCII and accented letters, apostrophes, hyphens,
 * dashes, quotes, spaces, a letter and a symbol outside the BMP (surrogate pairs) and lone surrogates.
 */
export const TRICKY_PIECES: readonly string[] = [
  'a', 'B', 'z', 'é', 'Ł', 'ß', 'İ', 'Σ', 'ж', "'", '\u2019', '-', '\u2014', '"', '\u201c', '\u201d', ' ', '  ', '\n', ',', '.', '!',
  '?', ':', '1', '_', '\u00a0', '\ud835\udc00', '\ud83d\ude00', '\ud835', '\udc00', 'the', 'he', 'she', 'His', 'HER',
];
