import type { PdfLine } from './page-lines';
import { lonePageNumber, parsePrintedNumber, type PrintedNumber } from './page-number';

/** How many lines at each edge of a page can be furniture (a running head and a page number). */
const EDGE_LINES = 2;

type Edge = 'top' | 'bottom';

interface Candidate {
  line: PdfLine;
  edge: Edge;
  /** 0 for the outermost line. */
  rank: number;
  key: string;
}

interface Group {
  pages: Set<number>;
  ys: number[];
  sizes: number[];
}

/**
 * Running heads and feet and page numbers: lines at the top or bottom edge of pages that repeat
 * across pages (the same text, with the page's own number standing for any number), and lone
 * numbers there. A repeated line must sit where its fellows sit and be set like them, so a chapter
 * heading that repeats the running head, lower on the page and larger, stays; lines set larger than
 * the body text never count as repeated (a "Chapter 3" atop page 3 of one-page chapters). Furniture
 * is taken from the edge inwards and stops at the first line that is not, so body text is never
 * skipped over. The first page of a chapter, without a running head, simply has none to remove.
 */
export function findPageFurniture(pages: ReadonlyArray<readonly PdfLine[]>, bodySize: number): Set<PdfLine> {
  const textPages = pages.filter((lines) => lines.length > 0);
  const minRepeat = textPages.length <= 6 ? 2 : 3;
  const offsets = pageNumberOffsets(textPages, minRepeat);

  const byPage = textPages.map((lines) => edgeCandidates(lines, offsets));
  const groups = new Map<string, Group>();
  for (const candidates of byPage) {
    for (const c of candidates) {
      const id = `${c.edge}|${c.key}`;
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { pages: new Set(), ys: [], sizes: [] }));
      group.pages.add(c.line.pageNumber);
      group.ys.push(c.line.y);
      group.sizes.push(c.line.size);
    }
  }
  const settled = new Map<Group, { y: number; size: number }>();
  const repeated = (c: Candidate): boolean => {
    const group = groups.get(`${c.edge}|${c.key}`)!;
    if (group.pages.size < minRepeat || c.key === '') return false;
    // A line that ends a sentence ("Yes.") is text unless it is on a good share of the pages.
    if (/[.!?…,;:]["'”’)\]]*$/u.test(c.line.readingText) && group.pages.size < 0.25 * textPages.length) return false;
    let typical = settled.get(group);
    if (!typical) settled.set(group, (typical = { y: median(group.ys), size: median(group.sizes) }));
    // Running heads are not set larger than the text; chapter headings are.
    if (typical.size > 1.1 * bodySize) return false;
    return Math.abs(c.line.y - typical.y) <= Math.max(2, 0.5 * typical.size) && Math.abs(c.line.size - typical.size) <= 0.15 * typical.size;
  };
  const isPageNumber = (c: Candidate): boolean => {
    const number = lonePageNumber(c.line.readingText);
    if (!number) return false;
    const small = c.line.size <= 1.1 * bodySize;
    if (offsets.has(offsetKey(number, c.line.pageNumber))) return c.rank === 0 || small;
    return c.rank === 0 && small;
  };

  const furniture = new Set<PdfLine>();
  for (const candidates of byPage) {
    for (const edge of ['top', 'bottom'] as const) {
      for (const c of candidates.filter((x) => x.edge === edge)) {
        if (!isPageNumber(c) && !repeated(c)) break;
        furniture.add(c.line);
      }
    }
  }
  return furniture;
}

/** The outermost lines at each edge, outermost first, each with its comparison key. */
function edgeCandidates(lines: readonly PdfLine[], offsets: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  const n = Math.min(EDGE_LINES, lines.length);
  for (let rank = 0; rank < n; rank++) {
    const top = lines[rank]!;
    const bottom = lines[lines.length - 1 - rank]!;
    out.push({ line: top, edge: 'top', rank, key: furnitureKey(top, offsets) });
    out.push({ line: bottom, edge: 'bottom', rank, key: furnitureKey(bottom, offsets) });
  }
  return out;
}

/**
 * The text that must repeat: lower-case, without spaces (running heads are often letter-spaced), and
 * with the page's own number, at either end, as `#`.
 */
function furnitureKey(line: PdfLine, offsets: ReadonlySet<string>): string {
  const tokens = line.readingText.split(/\s+/u).filter((t) => t.length > 0);
  for (const i of new Set([0, tokens.length - 1])) {
    const number = edgeNumber(tokens[i] ?? '');
    if (number && offsets.has(offsetKey(number, line.pageNumber))) tokens[i] = '#';
  }
  return tokens.join('').toLowerCase();
}

/**
 * The difference between printed and physical page numbers that several pages share: one for the
 * arabic numbers, often another for the roman ones of the front matter.
 */
function pageNumberOffsets(pages: ReadonlyArray<readonly PdfLine[]>, minRepeat: number): Set<string> {
  const pagesByOffset = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    const n = Math.min(EDGE_LINES, lines.length);
    for (let rank = 0; rank < n; rank++) {
      for (const line of [lines[rank]!, lines[lines.length - 1 - rank]!]) {
        const tokens = line.readingText.split(/\s+/u);
        for (const token of new Set([tokens[0] ?? '', tokens[tokens.length - 1] ?? ''])) {
          const number = edgeNumber(token);
          if (number) seen.add(offsetKey(number, line.pageNumber));
        }
      }
    }
    for (const key of seen) pagesByOffset.set(key, (pagesByOffset.get(key) ?? 0) + 1);
  }
  return new Set([...pagesByOffset].filter(([, count]) => count >= minRepeat).map(([key]) => key));
}

function edgeNumber(token: string): PrintedNumber | null {
  return parsePrintedNumber(token.replace(/^[-–—|[(]+|[-–—|\])]+$/gu, ''));
}

function offsetKey(number: PrintedNumber, pageNumber: number): string {
  return `${number.roman ? 'r' : 'a'}${number.value - pageNumber}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}
