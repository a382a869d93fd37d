import { isWhiteSpaceCode } from '../text-scan';
import { isLeadingElision, type QuoteStyle } from './quote-style';

/**
 * A quotation mark of the book's dialogue family. `role` is what the glyph itself says; `hint` is
 * what the neighbouring characters say (a straight mark after a space and before a letter opens).
 * `weak` marks a closing candidate that may be an apostrophe (`the Bennets’ house`).
 */
export interface QuoteMark {
  index: number;
  length: number;
  role: 'open' | 'close' | 'either';
  hint: 'open' | 'close' | null;
  weak: boolean;
}

const OPENING_CONTEXT = /[\s([{\u2014\u2013\u2015\-/]/;
const LETTER = /[\p{L}\p{N}]/u;
const CLOSING_PUNCTUATION = /[.,!?;:\u2026\u2014\u2013\-)]/;
/** After a closing mark that follows a letter, these words say it was a quote and not an apostrophe. */
const AFTER_QUOTE_WORDS = /^\s+(?:said|says|asked|cried|replied|answered|returned|added|continued|whispered|exclaimed|shouted|he|she|I|they|we)\b/;

function contextHint(text: string, i: number, length: number): 'open' | 'close' | null {
  const before = i > 0 ? text[i - 1] : undefined;
  const after = text[i + length];
  const beforeOpen = before === undefined || OPENING_CONTEXT.test(before);
  const afterSpace = after === undefined || isWhiteSpaceCode(after.charCodeAt(0));
  if (beforeOpen && !afterSpace) return 'open';
  if (!beforeOpen && (afterSpace || CLOSING_PUNCTUATION.test(after ?? ''))) return 'close';
  return null;
}

function doubleRole(c: string, style: QuoteStyle): QuoteMark['role'] | null {
  switch (c) {
    case '"':
      return 'either';
    case '\u201c':
      return style.lowHigh ? 'close' : 'open';
    case '\u201d':
      return 'close';
    case '\u201e':
      return 'open';
    case '\u00ab':
      return style.guillemetsReversed ? 'close' : 'open';
    case '\u00bb':
      return style.guillemetsReversed ? 'open' : 'close';
    default:
      return null;
  }
}

/** Classifies a single mark (’ ‘ '), telling quotes from apostrophes. */
function singleMark(text: string, i: number): QuoteMark | null {
  const c = text[i];
  const before = i > 0 ? (text[i - 1] ?? '') : '';
  const after = text[i + 1] ?? '';
  const letterBefore = LETTER.test(before);
  const letterAfter = LETTER.test(after);
  if (letterBefore && letterAfter) return null;
  if (c === '\u2018') {
    if (isLeadingElision(text, i)) return null;
    return { index: i, length: 1, role: 'open', hint: 'open', weak: false };
  }
  const hint = contextHint(text, i, 1);
  if (hint === 'open') {
    if (isLeadingElision(text, i)) return null;
    return { index: i, length: 1, role: 'open', hint, weak: false };
  }
  if (hint === 'close') {
    // A letter before and a lower-case word after is how a possessive or a dropped letter looks
    // (`the Bennets’ house`, `goin’ home`), unless a speech verb or pronoun follows the mark.
    const rest = text.slice(i + 1, i + 16);
    const weak = letterBefore && !AFTER_QUOTE_WORDS.test(rest) && (/^\s+\p{Ll}/u.test(rest) || before === 's');
    return { index: i, length: 1, role: 'close', hint, weak };
  }
  return null;
}

/** The glyphs each family opens and closes with; the regex search skips the rest of the text natively. */
const DOUBLE_FAMILY = /["\u201c\u201d\u201e\u00ab\u00bb]/g;
const SINGLE_FAMILY = /['\u2018\u2019]/g;

/** The dialogue-family marks of a paragraph, in order. */
export function findQuoteMarks(text: string, style: QuoteStyle): QuoteMark[] {
  const marks: QuoteMark[] = [];
  const glyphs = style.family === 'double' ? DOUBLE_FAMILY : SINGLE_FAMILY;
  glyphs.lastIndex = 0;
  for (let found = glyphs.exec(text); found; found = glyphs.exec(text)) {
    const i = found.index;
    const c = found[0];
    if (style.family === 'double') {
      const role = doubleRole(c, style);
      if (role === null) continue;
      // A doubled straight mark (`""tis`) is a transcription slip for one mark.
      const length = c === '"' && text[i + 1] === '"' ? 2 : 1;
      marks.push({ index: i, length, role, hint: contextHint(text, i, length), weak: false });
      glyphs.lastIndex = i + length;
    } else {
      const mark = singleMark(text, i);
      if (mark) marks.push(mark);
    }
  }
  return marks;
}
