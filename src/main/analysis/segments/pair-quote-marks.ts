import type { QuoteMark } from './quote-marks';
import { isWhiteSpaceCode } from '../text-scan';

/** A quotation inside one paragraph: `start`/`end` bound the quoted words, marks excluded. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Index of the opening mark, or -1 when the quote continues from the previous paragraph without one. */
  openMark: number;
  /** Index of the closing mark, or -1 when the paragraph ends inside the quote. */
  closeMark: number;
}

export interface PairedQuotes {
  spans: QuoteSpan[];
  /** The paragraph ends inside its last quote. */
  unclosed: boolean;
}

/**
 * Pairs a paragraph's marks into quotations. Glyphs that face one way (“ ”) are trusted; straight
 * marks alternate, and when a paragraph holds an odd number of them the first one whose
 * surroundings contradict the alternation is taken for a slip (an apostrophe typed as a quote, as in
 * `And "deed she was right`) and skipped. A closing candidate that may be an apostrophe is used only
 * when no certain closing mark follows it in the paragraph.
 *
 * `continuing` says the previous paragraph ended inside a quote: a paragraph that then begins with
 * a closing mark rather than an opening one (a song or letter quoted inside the speech) closes it.
 */
export function pairQuoteMarks(text: string, marks: QuoteMark[], continuing: boolean): PairedQuotes {
  const spans: QuoteSpan[] = [];
  let lastStrongClose = -1;
  let ambiguous = 0;
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k];
    if (!m) continue;
    if (m.role !== 'open' && !m.weak) lastStrongClose = k;
    if (m.role === 'either') ambiguous++;
  }
  let openAt: number | null = null;
  let openMark = -1;
  const head = marks[0];
  if (continuing && head && head.role !== 'open' && head.hint === 'close') {
    openAt = 0;
    openMark = -1;
  }
  let slipAllowed = ambiguous % 2 === 1;
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k];
    if (!m) continue;
    if (openAt === null) {
      if (m.role === 'close') continue;
      if (m.role === 'either' && m.hint === 'close' && slipAllowed) {
        slipAllowed = false;
        continue;
      }
      openAt = m.index + m.length;
      openMark = m.index;
      continue;
    }
    if (m.role === 'open') {
      pushSpan(spans, text, openAt, m.index, openMark, -1);
      openAt = m.index + m.length;
      openMark = m.index;
      continue;
    }
    if (m.role === 'either' && m.hint === 'open' && slipAllowed) {
      slipAllowed = false;
      continue;
    }
    if (m.weak && lastStrongClose > k) continue;
    pushSpan(spans, text, openAt, m.index, openMark, m.index);
    openAt = null;
    openMark = -1;
  }
  const unclosed = openAt !== null;
  if (openAt !== null) pushSpan(spans, text, openAt, text.length, openMark, -1);
  return { spans, unclosed };
}

function pushSpan(spans: QuoteSpan[], text: string, start: number, end: number, openMark: number, closeMark: number): void {
  let s = start;
  let e = end;
  while (s < e && isWhiteSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isWhiteSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e, openMark, closeMark });
}
