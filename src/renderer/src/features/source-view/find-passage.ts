/**
 * Finding a line of the script in the original page. The script's text is cleaned (quotation marks
 * dropped, ligatures and soft hyphens undone, maybe edited by the author), so it is compared by its
 * letters and digits alone, case folded.
 */
export function passageKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** How much of the line is looked for: enough to be unique in a chapter, short enough to survive edits. */
const PROBE = 60;
const SHORT_PROBE = 24;

/**
 * The index of the block (paragraph, heading, …) that holds the line, or -1. The whole start of the
 * line is tried first, then a shorter start, for a line the author edited near its end.
 */
export function findBlock(blockTexts: readonly string[], lineText: string): number {
  const key = passageKey(lineText);
  if (!key) return -1;
  const keys = blockTexts.map(passageKey);
  for (const probe of [key.slice(0, PROBE), key.slice(0, SHORT_PROBE)]) {
    const at = keys.findIndex((k) => k.includes(probe));
    if (at >= 0) return at;
  }
  return -1;
}

/**
 * Where the line is in a run of text pieces (the text items of a PDF page): the first and last piece
 * it covers, or null.
 */
export function findPieces(pieces: readonly string[], lineText: string): { first: number; last: number } | null {
  const key = passageKey(lineText);
  if (!key) return null;
  let joined = '';
  const owner: number[] = [];
  pieces.forEach((piece, i) => {
    const k = passageKey(piece);
    joined += k;
    for (let c = 0; c < k.length; c++) owner.push(i);
  });
  for (const probe of [key, key.slice(0, PROBE), key.slice(0, SHORT_PROBE)]) {
    const at = joined.indexOf(probe);
    if (at >= 0) return { first: owner[at]!, last: owner[at + probe.length - 1]! };
  }
  return null;
}
