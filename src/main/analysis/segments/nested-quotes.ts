import { alignToSource } from '../source-offsets';
import type { QuoteSpan } from './pair-quote-marks';

/**
 * Some transcriptions blank every single quotation mark and apostrophe out with a space (`It s all
 * up`, the annotated copies of the Project Dialogism Novel Corpus among them). A story told inside
 * a quote then loses the marks around its characters' lines: `"'Listen to me,' said he."` reads
 * `" Listen to me,  said he.`. Those nested lines are the story's characters speaking, not the
 * teller, so they are cut out of the teller's quote; what is left of it (the teller's own narration
 * and tags) stays the teller's line.
 */

const BLANKED_CONTRACTION = /\b(?:(?:do|does|did|is|was|were|are|ca|wo|could|would|should|has|have|had)n\s+t|(?:it|that|there|what|he|she|here|let)\s+s|I\s+m)\b(?=[\s.,;:!?])/gi;
const KEPT_CONTRACTION = /\b(?:(?:do|does|did|is|was|were|are|ca|wo|could|would|should|has|have|had)n['\u2019]t|(?:it|that|there|what|he|she|here|let)['\u2019]s|I['\u2019]m)\b/gi;

/** Whether the book's apostrophes, and so its single quotation marks, were blanked out with spaces. */
export function blanksApostrophes(source: string): boolean {
  const blanked = source.match(BLANKED_CONTRACTION)?.length ?? 0;
  const kept = source.match(KEPT_CONTRACTION)?.length ?? 0;
  return blanked >= 5 && blanked > 4 * kept;
}

/**
 * Positions in a paragraph's cleaned text just after a blanked mark: where the source held two or
 * more spaces inside a line (the text has one), or a space at a line's edge. `start`/`end` bound
 * the paragraph in `source`. An indented paragraph's line starts say nothing and are skipped.
 */
export function blankedMarks(text: string, source: string, start: number, end: number): number[] {
  const map = alignToSource(text, source, start, end);
  const lineStart = source.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  const indented = /^[ \t]/.test(source.slice(lineStart, start + 1));
  const out: number[] = [];
  for (let i = 2; i < text.length; i++) {
    if (text[i - 1] !== ' ' || text[i] === ' ') continue;
    const gap = source.slice((map[i - 2] ?? 0) + 1, map[i] ?? 0);
    const spaces = gap.replace(/[^ ]/g, '').length;
    if (gap.includes('\n') ? !indented && spaces > 0 : spaces >= 2) out.push(i);
  }
  return out;
}

/** What is left of a quote once its nested lines are cut: a piece of the quote at index `of`. */
export interface QuotePiece extends QuoteSpan {
  of: number;
}

const CLOSES_LINE = /[,.;:!?\u2014-]/;

/**
 * A blank that may be a quotation mark: after punctuation (`Sahib,  said`, `Khan.  You`) or before
 * a capital (`but  That was`). Blanks between a letter and a lower-case letter are apostrophes and
 * dashes (`the Bennets  house`).
 */
function mayBeMark(text: string, p: number): boolean {
  return CLOSES_LINE.test(text[p - 2] ?? '') || /\p{Lu}/u.test(text[p] ?? '');
}

/**
 * Cuts the nested lines out of a paragraph's quotes, given the positions of its blanked marks. Only
 * a quote that opens on a nested line (`" Listen to me,  said he.`) is cut: that is how a story
 * told inside a quote prints its characters' speech, one paragraph per line; only the paragraph's
 * first quote can open that way. From there the marks
 * alternate, closing the line before its tag and opening it again after, and a line left open runs
 * to the end of the quote, as a nested speech of several paragraphs does. A quotation nested in
 * the middle of a speech (a title, a phrase someone used) stays part of the speech.
 */
export function cutNestedLines(text: string, spans: QuoteSpan[], marks: number[]): QuotePiece[] {
  const out: QuotePiece[] = [];
  spans.forEach((span, of) => {
    if (!opensOnNestedLine(text, span)) {
      out.push({ ...span, of });
      return;
    }
    const cuts: Array<[number, number]> = [];
    let nestedFrom: number | null = span.start;
    // A word or two echoed at the start (`" Plaisir  indeed!`) closes on any blank, even between letters.
    const echoed = (m: number): boolean => nestedFrom === span.start && text.slice(span.start, m).trim().split(/\s+/).length <= 3;
    for (const p of marks.filter((m) => m > span.start && m < span.end)) {
      if (!mayBeMark(text, p) && !echoed(p)) continue;
      if (nestedFrom === null) nestedFrom = p;
      else {
        cuts.push([nestedFrom, p - 1]);
        nestedFrom = null;
      }
    }
    if (nestedFrom !== null) cuts.push([nestedFrom, span.end]);
    const kept = cuts.filter(([a, b]) => isLine(text.slice(a, b)));
    let cursor = span.start;
    let first = true;
    for (const [a, b] of kept) {
      pushPiece(out, text, cursor, a, first ? span.openMark : -1, -1, of);
      first = false;
      cursor = b;
    }
    pushPiece(out, text, cursor, span.end, first ? span.openMark : -1, span.closeMark, of);
  });
  return out;
}

/**
 * The quote opens the paragraph with a blank after its mark. Later in a paragraph a blank after a
 * mark is more often a dash (`" after what you have just said`), resuming the speech after a tag.
 */
function opensOnNestedLine(text: string, span: QuoteSpan): boolean {
  return span.openMark >= 0 && text.slice(0, span.openMark).trim() === '' && /\s/.test(text[span.openMark + 1] ?? '');
}

function isLine(piece: string): boolean {
  const trimmed = piece.trim();
  return trimmed.split(/\s+/).length > 3 || CLOSES_LINE.test(trimmed.slice(-1));
}

/** Keeps a piece of a quote that holds words, trimmed of spaces. */
function pushPiece(out: QuotePiece[], text: string, from: number, to: number, openMark: number, closeMark: number, of: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (!/\p{L}/u.test(text.slice(s, e))) return;
  out.push({ start: s, end: e, openMark, closeMark, of });
}

/**
 * The pieces of a paragraph's quotes once their nested lines are cut, or null when nothing is cut,
 * in a book whose marks were blanked out. The quotes themselves stay whole for attribution: a
 * nested line belongs to the story its teller is telling, and the teller's tags around it (`said
 * I.`) remain the teller's.
 */
export function blankedNestedPieces(paragraph: { text: string; start: number; end: number }, spans: QuoteSpan[], source: string): QuotePiece[] | null {
  const first = spans[0];
  if (!first || !opensOnNestedLine(paragraph.text, first)) return null;
  return cutNestedLines(paragraph.text, spans, blankedMarks(paragraph.text, source, paragraph.start, paragraph.end));
}

/**
 * The spans a paragraph is voiced with and who speaks each, once nested lines are cut (`source` is
 * the book's source when its marks were blanked, else null): every piece keeps the speaker of the
 * quote it was cut from.
 */
export function voicedSpans<T>(
  paragraph: { text: string; start: number; end: number; source?: unknown },
  spans: QuoteSpan[],
  speakers: T[],
  source: string | null,
): { spans: QuoteSpan[]; speakers: T[] } {
  const pieces = source === null || paragraph.source !== undefined ? null : blankedNestedPieces(paragraph, spans, source);
  if (!pieces) return { spans, speakers };
  const kept = pieces.flatMap((piece) => {
    const who = speakers[piece.of];
    return who === undefined ? [] : [{ piece, who }];
  });
  return { spans: kept.map((k) => k.piece), speakers: kept.map((k) => k.who) };
}
