import { parseHeadingLine } from '../chapters/heading-line';
import { isSceneBreakText } from '../html/scene-break';
import { isBodySize, paragraphThreshold, type BodyMetrics } from './body-metrics';
import type { PdfLine } from './page-lines';

/** A paragraph or a heading: lines that belong together, possibly over a page break. */
export interface PdfBlock {
  lines: PdfLine[];
  sceneBreakBefore: boolean;
}

/** Ends a sentence, perhaps inside closing quotes or brackets. */
const SENTENCE_END = /[.!?…:]["'”’»)\]]*$/u;
const CLOSES_QUOTE = /["”»]$/u;
const OPENS_QUOTE = /^["“«]/u;
const HYPHENATED = /\p{L}[-\u00ad‐]$/u;
/**
 * What a line breaker must keep together at the start of a line: a word, with the next word after a
 * short abbreviation ("Mr. Darcy", "St. Paul's"), which typesetters tie with a no-break space that
 * the PDF's text no longer shows.
 */
const FIRST_UNBREAKABLE = /^(?:[“"‘'(]?\p{Lu}\p{Ll}{0,3}\.\s+)*\S+/u;

/**
 * Groups the body lines of successive pages (furniture removed) into paragraphs. A paragraph starts
 * at a change of font size, at a vertical gap wider than the line spacing, at a first-line indent
 * (when the document indents), after a line that stops short (the next line's first word would have
 * fitted on it), at a line that reads as a chapter heading, and at each line in `startsAt` (where
 * chapters begin). Across a page break the paragraph goes on unless one of these says otherwise; in
 * a layout that spaces paragraphs instead of indenting them, where a page break hides the gap, a
 * sentence that ends well above the foot of the page, or a closing quotation followed by an opening
 * one, ends the paragraph. Scene-break ornaments (`* * *`) are dropped and mark the next paragraph,
 * as do gaps of an extra line between paragraphs of body text.
 */
export function assembleBlocks(pages: ReadonlyArray<readonly PdfLine[]>, metrics: BodyMetrics, startsAt: ReadonlySet<PdfLine> = new Set()): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  let current: PdfBlock | undefined;
  let previous: PdfLine | undefined;
  let sceneBreak = false;
  for (const lines of pages) {
    for (const line of lines) {
      if (isSceneBreakText(line.readingText)) {
        sceneBreak = current !== undefined;
        current = undefined;
        previous = line;
        continue;
      }
      const kind = !current || !previous || startsAt.has(line) ? 'paragraph' : breakBetween(previous, line, metrics);
      if (kind === 'none') {
        current!.lines.push(line);
      } else {
        current = { lines: [line], sceneBreakBefore: sceneBreak || (kind === 'scene' && blocks.length > 0) };
        blocks.push(current);
        sceneBreak = false;
      }
      previous = line;
    }
  }
  return blocks;
}

function breakBetween(previous: PdfLine, line: PdfLine, m: BodyMetrics): 'none' | 'paragraph' | 'scene' {
  if (Math.abs(line.size - previous.size) > 0.08 * Math.max(line.size, previous.size)) return 'paragraph';
  const scale = line.size / m.size;
  const samePage = line.pageNumber === previous.pageNumber;
  if (samePage) {
    const delta = line.y - previous.y;
    if (delta < 0) return 'paragraph';
    if (delta > paragraphThreshold(m.lineSpacing * scale)) {
      const body = isBodySize(line.size, m.size);
      const sceneGap = (m.paragraphSpacing || m.lineSpacing) + 0.6 * m.lineSpacing;
      return body && delta > sceneGap ? 'scene' : 'paragraph';
    }
  } else if (line.pageNumber > previous.pageNumber + 1) {
    return 'paragraph';
  }
  if (startsIndented(previous, line, m)) return 'paragraph';
  // A chapter heading in the body size, as on a new page after a full last line.
  if (line.right - line.x < 0.6 * m.textWidth && parseHeadingLine(line.readingText)) return 'paragraph';
  if (!startsLowerCase(line) && stopsShort(previous, line, m)) return 'paragraph';
  if (!samePage && m.indent === 0 && m.paragraphSpacing > 0 && SENTENCE_END.test(previous.readingText)) {
    // A spaced layout shows no gap at a page break, but a page that ends early was not full, and a
    // quotation that closes and another that opens are two speeches.
    if (previous.y < m.bottom - 0.75 * m.lineSpacing) return 'paragraph';
    if (CLOSES_QUOTE.test(previous.readingText) && OPENS_QUOTE.test(line.readingText)) return 'paragraph';
  }
  return 'none';
}

function startsIndented(previous: PdfLine, line: PdfLine, m: BodyMetrics): boolean {
  if (m.indent === 0) return false;
  const tolerance = 0.35 * line.size;
  const indent = line.x - (m.margins.get(line.pageNumber) ?? line.x);
  const previousIndent = previous.x - (m.margins.get(previous.pageNumber) ?? previous.x);
  return Math.abs(indent - m.indent) <= tolerance && previousIndent < m.indent - tolerance;
}

/** The next line's first word would have fitted at the end of this one, so this one was ended. */
function stopsShort(previous: PdfLine, line: PdfLine, m: BodyMetrics): boolean {
  if (HYPHENATED.test(previous.readingText)) return false;
  const margin = m.margins.get(previous.pageNumber);
  if (margin === undefined || m.textWidth === 0) return false;
  const word = FIRST_UNBREAKABLE.exec(line.readingText)?.[0] ?? '';
  const needed = 0.25 * line.size + word.length * line.charWidth;
  // Lines of an indented block (a letter, a quotation) are usually indented on the right as well.
  const blockIndent = Math.abs(line.x - previous.x) <= 1 ? Math.max(0, previous.x - margin) : 0;
  return previous.right + needed < margin + m.textWidth - blockIndent - 0.5 * previous.size;
}

function startsLowerCase(line: PdfLine): boolean {
  return /^\p{Ll}/u.test(line.readingText);
}

