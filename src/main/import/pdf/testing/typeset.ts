import type { SyntheticLine } from './synthetic-page';

export interface TypesetOptions {
  /** Characters per full line (a character is half an em wide in synthetic pages). */
  measure?: number;
  lineSpacing?: number;
  /** Extra space between paragraphs. */
  paragraphGap?: number;
  /** First-line indent, in points. */
  indent?: number;
  linesPerPage?: number;
  top?: number;
  margin?: number;
}

/**
 * Sets paragraphs in 12-point lines the way a browser or word processor does: greedy line breaking
 * at spaces, a first-line indent or a gap between paragraphs, and pages of a fixed number of lines.
 * Returns the lines of each page, for `syntheticPage`.
 */
export function typeset(paragraphs: readonly string[], options: TypesetOptions = {}): SyntheticLine[][] {
  const { measure = 50, lineSpacing = 18, paragraphGap = 0, indent = 0, linesPerPage = 20, top = 75, margin = 57 } = options;
  const pages: SyntheticLine[][] = [[]];
  let y = top;
  let onPage = 0;
  const place = (text: string, x: number, gapBefore: number): void => {
    if (onPage >= linesPerPage) {
      pages.push([]);
      onPage = 0;
      y = top;
    } else if (onPage > 0) {
      y += lineSpacing + gapBefore;
    }
    pages[pages.length - 1]!.push([text, x, y]);
    onPage++;
  };
  for (const paragraph of paragraphs) {
    const indentChars = Math.round(indent / 6);
    let line = '';
    let first = true;
    const flush = (): void => {
      place(line, margin + (first ? indent : 0), first ? paragraphGap : 0);
      first = false;
      line = '';
    };
    for (const word of paragraph.split(' ')) {
      const room = measure - (first ? indentChars : 0);
      if (line !== '' && line.length + 1 + word.length > room) flush();
      line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '') flush();
  }
  return pages;
}
