import { wordBefore, type Rule } from '../rule';
import { cardinalWords, decadeWords, numberWords, pluralOf, yearWords } from './number-words';
import { END } from './written-number';

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
/** Words after which a four-digit number is a year: "in 1811", "since 1900", "summer of"... */
const YEAR_CUES = new Set([
  'in', 'since', 'until', 'till', 'during', 'circa', 'c.', 'ca.', 'year', 'spring', 'summer', 'autumn', 'winter', 'ad',
  ...MONTHS.split('|'),
  ...MONTHS.split('|').map((m) => `${m}.`),
]);
const ERA_AFTER = /^\s?(?:AD|BC|BCE|CE|A\.D\.|B\.C\.)(?![\p{L}])/u;
const MONTH_AND_DAY = new RegExp(String.raw`(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s*$`, 'i');

/** Whether the four-digit whole number at `at` reads as a year rather than a quantity. */
function isYear(source: string, at: number, end: number, value: number): boolean {
  if (value < 1000 || value > 2099) return false;
  const before = wordBefore(source, at)?.toLowerCase() ?? null;
  if (before !== null && YEAR_CUES.has(before)) return true;
  const head = source.slice(Math.max(0, at - 30), at);
  if (/(?:\bAD|A\.D\.)\s*$/.test(head)) return true;
  if (MONTH_AND_DAY.test(head)) return true;
  if (/\bthe\s+(?:year|years|winter|summer|spring|autumn)\s+of\s+$/i.test(head)) return true;
  // "in 2014 and 2009": the second of a pair of years.
  if (/(?:^|\D)(?:1\d|20)\d\d(?:,| and| or)\s+$/.test(head) && /\b(?:in|since|until|till|during|between|of)\s+\d{4}\b/i.test(head)) return true;
  const tail = source.slice(end, end + 16);
  // "from 1890 to 1900", "between 1890 and 1900".
  if (/\b(?:from|between)\s+$/i.test(head) && /^\s+(?:to|and|till|until)\s+(?:1\d|20)\d\d(?!\d)/i.test(tail)) return true;
  if (/\b(?:from|between)\s+(?:1\d|20)\d\d\s+(?:to|and|till|until)\s+$/i.test(head)) return true;
  if (ERA_AFTER.test(tail)) return true;
  // A year standing alone: "It was 1811." or "(1811)". A quantity is followed by what it counts.
  return /^(?:\s*$|[.,;:!?)\]’”'"])/.test(tail) && !/[$£€]\s*$/.test(head);
}

/** "1920s", "the '60s". */
export const decade: Rule = {
  name: 'decade',
  pattern: /(?:(1\d|20)(\d)0s|['’](\d)0s)(?![\p{L}\p{N}])/uy,
  replace(m, _at, ctx) {
    if (m[3] !== undefined) return pluralOf(cardinalWords(Number(m[3]) * 10, ctx.style));
    return decadeWords(Number(`${m[1]}${m[2]}0`), ctx.style);
  },
};

/** "1811–1820", "1914-18", "10–12": a range, read with "to". */
export const range: Rule = {
  name: 'range',
  pattern: /(\d+)(\s?[–—]\s?|-)(\d+)(?![\p{L}\p{N}]|[.,]\d)/uy,
  replace(m, at, ctx) {
    const [, from = '', dash = '', to = ''] = m;
    if (dash === '-' && !(from.length === 4 && (to.length === 4 || to.length === 2))) return null;
    const years = from.length === 4 && (to.length === 4 || to.length === 2) && isYearRange(ctx.source, at, Number(from), Number(to));
    const say = (n: string): string => (years && n.length === 4 ? yearWords(Number(n), ctx.style) : numberWords(n, ctx.style));
    // "1914–18": the century is understood, so only the last two digits are said.
    const shortTo = years && to.length === 2 ? `${Number(to) < 10 ? 'oh ' : ''}${cardinalWords(Number(to), ctx.style)}` : say(to);
    return `${say(from)} to ${shortTo}`;
  },
};

/** Two years joined by a dash are a span of years far more often than a span of quantities. */
function isYearRange(source: string, at: number, from: number, to: number): boolean {
  return from >= 1000 && from <= 2099 && (to < 100 || (to > from && to <= 2099)) && !/[$£€¥]\s*$/.test(source.slice(Math.max(0, at - 2), at));
}

/** A four-digit number where it names a year (see `isYear`). */
export const year: Rule = {
  name: 'year',
  pattern: new RegExp(String.raw`(\d{4})${END}`, 'yu'),
  replace(m, at, ctx) {
    const value = Number(m[1]);
    return isYear(ctx.source, at, at + m[0].length, value) ? yearWords(value, ctx.style) : null;
  },
};
