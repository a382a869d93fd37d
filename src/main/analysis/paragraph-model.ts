import type { NameMention } from './characters/scan-names';
import type { QuoteSpan } from './segments/pair-quote-marks';

/** One paragraph as the analysis sees it: its text, its dialogue and the names in it. */
export interface ParagraphModel {
  chapter: number;
  text: string;
  spans: QuoteSpan[];
  /** The first span carries on the previous paragraph's quote (same speaker). */
  continuesPrevious: boolean;
  continuesNext: boolean;
  /** A chapter start or a scene break comes before this paragraph. */
  sceneStart: boolean;
  /** Start and end of every word, in pairs (see `wordBounds`). */
  words: Int32Array;
  names: NameMention[];
}

/** The quotation holding a text position, found by binary search (spans are in order). */
export function spanAt(p: ParagraphModel, pos: number): QuoteSpan | undefined {
  let lo = 0;
  let hi = p.spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((p.spans[mid]?.end ?? 0) <= pos) lo = mid + 1;
    else hi = mid;
  }
  const s = p.spans[lo];
  return s && pos >= s.start && pos < s.end ? s : undefined;
}

/** Whether a text position lies inside one of the paragraph's quotations. */
export function isInQuote(p: ParagraphModel, pos: number): boolean {
  return spanAt(p, pos) !== undefined;
}

const byStart = new WeakMap<ParagraphModel, Map<number, NameMention>>();

/** The name mention that starts at a text position, through an index built once per paragraph. */
export function mentionAt(p: ParagraphModel, pos: number): NameMention | undefined {
  let index = byStart.get(p);
  if (!index) {
    index = new Map(p.names.map((m) => [m.start, m]));
    byStart.set(p, index);
  }
  return index.get(pos);
}

/** The narration of a paragraph as [start, end) ranges between its quotations (marks excluded). */
export function narrationRanges(p: ParagraphModel): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let cursor = 0;
  for (const s of p.spans) {
    const open = s.openMark >= 0 ? s.openMark : s.start;
    if (open > cursor) out.push([cursor, open]);
    cursor = s.closeMark >= 0 ? s.closeMark + 1 : s.end;
  }
  if (cursor < p.text.length) out.push([cursor, p.text.length]);
  return out;
}
