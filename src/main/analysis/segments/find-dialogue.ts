import { crowdQuotes } from './crowd-voices';
import { isWhiteSpaceCode } from '../text-scan';
import { findDashDialogue, startsWithDialogueDash } from './dash-dialogue';
import { dropDocuments } from './documents';
import { isNonDialogueQuote } from './non-dialogue';
import { pairQuoteMarks, type QuoteSpan } from './pair-quote-marks';
import { findQuoteMarks, type QuoteMark } from './quote-marks';
import type { QuoteStyle } from './quote-style';

/** The dialogue of one paragraph, in the paragraph's text coordinates. */
export interface ParagraphDialogue {
  spans: QuoteSpan[];
  /** The first span continues a quote that the previous paragraph left open (same speaker). */
  continuesPrevious: boolean;
  /** The last span is left open and the next paragraph carries it on. */
  continuesNext: boolean;
}

function opensWithMark(text: string, marks: QuoteMark[]): boolean {
  const first = marks[0];
  if (!first) return false;
  for (let i = 0; i < first.index; i++) if (!isWhiteSpaceCode(text.charCodeAt(i))) return false;
  return first.role === 'open' || (first.role === 'either' && first.hint !== 'close');
}

/**
 * Finds the dialogue in a run of consecutive paragraphs (a chapter). A quote left open at the end of
 * a paragraph carries on only when the next paragraph opens with a quote mark: that is how a speech
 * of several paragraphs is printed, and anything else is a stray mark whose effect must not leak
 * into the rest of the chapter. Titles, scare quotes, quoted documents and the talk of a crowd are
 * left out.
 */
export function findDialogue(texts: string[], style: QuoteStyle): ParagraphDialogue[] {
  const marks = texts.map((t) => (style.dashDialogue && startsWithDialogueDash(t) ? [] : findQuoteMarks(t, style)));
  const out: ParagraphDialogue[] = [];
  let carried = false;
  for (let p = 0; p < texts.length; p++) {
    const text = texts[p] ?? '';
    const own = marks[p] ?? [];
    if (style.dashDialogue && startsWithDialogueDash(text)) {
      out.push({ spans: findDashDialogue(text), continuesPrevious: false, continuesNext: false });
      carried = false;
      continue;
    }
    const opens = opensWithMark(text, own);
    const { spans, unclosed } = pairQuoteMarks(text, own, carried);
    const continuesPrevious = carried && spans.length > 0 && (opens || spans[0]?.openMark === -1);
    let continuesNext = false;
    let open = unclosed;
    if (unclosed) {
      const last = spans[spans.length - 1];
      const nextOpens = p + 1 < texts.length && opensWithMark(texts[p + 1] ?? '', marks[p + 1] ?? []);
      if (last && !keepUnclosed(text, last, spans.length > 1 || continuesPrevious, nextOpens)) {
        spans.pop();
        open = false;
      } else continuesNext = nextOpens;
    }
    const crowd = crowdQuotes(text, spans);
    const kept = spans.filter((s, k) => !isNonDialogueQuote(text, s, k === 0) && !crowd[k]);
    out.push({ spans: kept, continuesPrevious: continuesPrevious && kept[0] === spans[0], continuesNext });
    carried = open;
  }
  dropDocuments(texts, out);
  return out;
}

/**
 * An unclosed quote is speech when it opens the paragraph, follows other speech in it, or is
 * introduced like speech (`he said:`); otherwise the mark is a stray one in narration.
 */
function keepUnclosed(text: string, span: QuoteSpan, afterSpeech: boolean, nextOpens: boolean): boolean {
  const before = text.slice(0, Math.max(0, span.openMark)).trimEnd();
  if (before.length === 0 || afterSpeech) return true;
  return nextOpens && /[:,\u2014-]$/.test(before);
}
