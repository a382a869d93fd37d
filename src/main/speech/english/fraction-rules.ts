import type { EnglishStyle, Rule } from '../rule';
import { cardinalWords, numberWords, ordinalWords, pluralOf } from './number-words';
import { NUMBER } from './written-number';

const VULGAR: Record<string, [number, number]> = {
  '½': [1, 2], '⅓': [1, 3], '⅔': [2, 3], '¼': [1, 4], '¾': [3, 4], '⅕': [1, 5], '⅖': [2, 5], '⅗': [3, 5], '⅘': [4, 5],
  '⅙': [1, 6], '⅚': [5, 6], '⅐': [1, 7], '⅛': [1, 8], '⅜': [3, 8], '⅝': [5, 8], '⅞': [7, 8], '⅑': [1, 9], '⅒': [1, 10],
};

function fractionWords(numerator: number, denominator: number, style: EnglishStyle, mixed: boolean): string {
  const n = mixed && numerator === 1 ? 'a' : cardinalWords(numerator, style);
  let d: string;
  if (denominator === 2) d = numerator === 1 ? 'half' : 'halves';
  else if (denominator === 4) d = numerator === 1 ? 'quarter' : 'quarters';
  else d = numerator === 1 ? ordinalWords(denominator, style) : pluralOf(ordinalWords(denominator, style));
  return `${n} ${d}`;
}

function mixedFraction(whole: string | undefined, numerator: number, denominator: number, style: EnglishStyle): string | null {
  if (denominator < 2 || denominator > 100 || numerator < 1 || numerator > 99) return null;
  if (whole === undefined) return fractionWords(numerator, denominator, style, false);
  return `${cardinalWords(Number(whole), style)} and ${fractionWords(numerator, denominator, style, true)}`;
}

/** "½", "2½". */
export const vulgarFraction: Rule = {
  name: 'fraction-sign',
  pattern: new RegExp(String.raw`(?:(\d+)[ -]?)?([${Object.keys(VULGAR).join('')}])(?![\p{N}])`, 'yu'),
  replace(m, _at, ctx) {
    const [numerator, denominator] = VULGAR[m[2]!]!;
    // "½ a cup" is said "half a cup"; written out, "1/2" is more often read "one half".
    if (m[1] === undefined && m[2] === '½') return 'half';
    return mixedFraction(m[1], numerator, denominator, ctx.style);
  },
};

/** "3/4", "2 1/2"; never part of a date such as 25/12/2020. */
export const slashFraction: Rule = {
  name: 'fraction',
  pattern: /(?:(\d+)[ -])?(\d{1,2})[/⁄](\d{1,3})(?![\p{L}\p{N}]|[/⁄]\d)/uy,
  replace(m, at, ctx) {
    if (/\d[/⁄]$/.test(ctx.source.slice(0, at))) return null;
    return mixedFraction(m[1], Number(m[2]), Number(m[3]), ctx.style);
  },
};

export const percentage: Rule = {
  name: 'percent',
  pattern: new RegExp(String.raw`(${NUMBER})\s?%`, 'yu'),
  replace: (m, _at, ctx) => `${numberWords(m[1]!, ctx.style)} ${ctx.style.percent}`,
};
