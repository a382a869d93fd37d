import type { PdfPageText } from '../pdf-page-source';

/** One line of a synthetic page: text, left edge, baseline from the top, font size (12). */
export type SyntheticLine = [text: string, x: number, y: number, size?: number];

/** A page whose lines are each one item, half an em wide per character. */
export function syntheticPage(pageNumber: number, lines: readonly SyntheticLine[]): PdfPageText {
  return {
    pageNumber,
    width: 420,
    height: 595,
    items: lines.map(([str, x, y, size = 12]) => ({ str, x, y, width: str.length * size * 0.5, height: size, fontName: 'f1', fontSize: size, hasEOL: false })),
  };
}

/** Body lines from `top`, `spacing` apart, all at the left margin `x`. */
export function bodyLines(texts: readonly string[], top = 75, spacing = 18, x = 57): SyntheticLine[] {
  return texts.map((text, i) => [text, x, top + i * spacing]);
}
