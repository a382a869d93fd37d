import type { Rule } from '../rule';
import { cardinalWords, numberWords } from './number-words';
import { END, NUMBER } from './written-number';

const CURRENCIES: Record<string, { one: string; many: string; minorOne: string; minorMany: string }> = {
  '£': { one: 'pound', many: 'pounds', minorOne: 'penny', minorMany: 'pence' },
  $: { one: 'dollar', many: 'dollars', minorOne: 'cent', minorMany: 'cents' },
  '€': { one: 'euro', many: 'euros', minorOne: 'cent', minorMany: 'cents' },
  '¥': { one: 'yen', many: 'yen', minorOne: 'sen', minorMany: 'sen' },
};
const SCALE_WORDS: Record<string, string> = { thousand: 'thousand', k: 'thousand', million: 'million', m: 'million', billion: 'billion', bn: 'billion', trillion: 'trillion' };

/** "£5", "$3.50", "£2.5 million": amounts before the currency's name, pence and cents after. */
export const currency: Rule = {
  name: 'currency',
  pattern: new RegExp(String.raw`([£$€¥])\s?(${NUMBER})(?:\s?(thousand|million|billion|trillion|bn|m|k)(?![\p{L}]))?${END}`, 'yu'),
  replace(m, _at, ctx) {
    const unit = CURRENCIES[m[1]!]!;
    const amount = m[2]!;
    const scale = m[3];
    const { style } = ctx;
    if (scale) return `${numberWords(amount, style)} ${SCALE_WORDS[scale.toLowerCase()]} ${unit.many}`;
    const [whole = '0', cents] = amount.replace(/,/g, '').split('.');
    if (cents === undefined || cents.length !== 2) {
      return `${numberWords(amount, style)} ${amount === '1' ? unit.one : unit.many}`;
    }
    const major = Number(whole);
    const minor = Number(cents);
    const majorWords = `${cardinalWords(major, style)} ${major === 1 ? unit.one : unit.many}`;
    const minorWords = `${cardinalWords(minor, style)} ${minor === 1 ? unit.minorOne : unit.minorMany}`;
    if (minor === 0) return majorWords;
    if (major === 0) return minorWords;
    return `${majorWords} and ${minorWords}`;
  },
};

/** "50p". */
export const pence: Rule = {
  name: 'pence',
  pattern: /(\d{1,3})p(?![\p{L}\p{N}])/uy,
  replace: (m, _at, ctx) => `${cardinalWords(Number(m[1]), ctx.style)} ${m[1] === '1' ? 'penny' : 'pence'}`,
};
