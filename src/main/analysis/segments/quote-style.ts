import { isWhiteSpaceCode } from '../text-scan';

/**
 * The quotation conventions of one book, decided once from all its paragraphs: which family of
 * marks opens dialogue (double or single), which way guillemets and low-high quotes face, and
 * whether a dash at the start of a paragraph introduces speech.
 */
export interface QuoteStyle {
  /** The marks that open and close dialogue; the other family only nests inside it. */
  family: 'double' | 'single';
  /** German style: „ opens and “ closes. */
  lowHigh: boolean;
  /** German and Danish style: » opens and « closes. */
  guillemetsReversed: boolean;
  /** A paragraph that starts with a dash is speech (French, Spanish, Russian, Joyce). */
  dashDialogue: boolean;
}

export const DASHES = new Set(['\u2014', '\u2015', '\u2013']);
const DOUBLE_OPENERS = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb']);

/** Words that start with an apostrophe: elisions, not opening quotes. */
const LEADING_ELISIONS = new Set([
  'tis', 'twas', 'twere', 'twould', 'twill', 'twixt', 'em', 'im', 'er', 'un', 'ee', 'cause', 'cos', 'til', 'till',
  'bout', 'round', 'nough', 'neath', 'ere', 'ow', 'appen', 'alf', 'ome', 'ad', 'ave', 'is', 'n', 'ye', 'gainst', 'mongst',
]);

/** Whether the apostrophe-like mark at `i` starts an elided word such as 'tis or ’em. */
export function isLeadingElision(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && /\p{L}/u.test(text[j] ?? '')) j++;
  if (j === i + 1) return /\d/.test(text[i + 1] ?? '');
  return LEADING_ELISIONS.has(text.slice(i + 1, j).toLowerCase());
}

function firstVisible(text: string): number {
  let i = 0;
  while (i < text.length && isWhiteSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function countOf(text: string, mark: string): number {
  let n = 0;
  for (let k = text.indexOf(mark); k >= 0; k = text.indexOf(mark, k + 1)) n++;
  return n;
}

export function detectQuoteStyle(paragraphs: Iterable<string>): QuoteStyle {
  let doubleStarts = 0;
  let singleStarts = 0;
  let dashStarts = 0;
  let low = 0;
  let rightDouble = 0;
  let guillemetFirstOpen = 0;
  let guillemetFirstClose = 0;
  for (const text of paragraphs) {
    const i = firstVisible(text);
    const c = text[i];
    const next = text[i + 1] ?? '';
    if (c !== undefined && DOUBLE_OPENERS.has(c)) doubleStarts++;
    else if ((c === '\u2018' || c === "'" || c === '\u2019') && /[\p{L}\d]/u.test(next) && !isLeadingElision(text, i)) singleStarts++;
    else if (c !== undefined && (DASHES.has(c) || text.startsWith('--', i)) && /[\p{L}\s]/u.test(next === '-' ? (text[i + 2] ?? '') : next)) dashStarts++;
    low += countOf(text, '\u201e');
    rightDouble += countOf(text, '\u201d');
    const open = text.indexOf('\u00ab');
    const close = text.indexOf('\u00bb');
    if (open >= 0 && (close < 0 || open < close)) guillemetFirstOpen++;
    else if (close >= 0) guillemetFirstClose++;
  }
  return {
    family: singleStarts > doubleStarts ? 'single' : 'double',
    lowHigh: low > rightDouble,
    guillemetsReversed: guillemetFirstClose > guillemetFirstOpen,
    dashDialogue: dashStarts >= 3 && dashStarts > doubleStarts + singleStarts,
  };
}
