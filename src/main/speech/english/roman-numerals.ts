import { isCapitalised, precedingWord, startsSentence, wordAfter, type Rule } from '../rule';
import { cardinalWords, ordinalWords } from './number-words';

const VALID = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** The value of a well-formed roman numeral (either case), or null. */
export function romanValue(numeral: string): number | null {
  const upper = numeral.toUpperCase();
  if (upper === '' || !VALID.test(upper)) return null;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = VALUES[upper[i]!]!;
    const next = VALUES[upper[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Words after which a numeral counts a part of something: "Chapter IV" → "Chapter four". */
const COUNTED = new Set([
  'chapter', 'book', 'part', 'volume', 'vol.', 'act', 'scene', 'stave', 'canto', 'section', 'appendix', 'psalm', 'article',
  'war', 'phase', 'lesson', 'plate', 'fig.', 'figure', 'letter', 'epistle', 'chap.', 'bk.', 'pt.', 'sect.', 'vols.', 'tome', 'fytte',
]);

/** Monarchs and popes stop well below this; "Louis C. K." is not Louis the hundredth. */
const MAX_AFTER_NAME = 40;

/** Given names that kings, queens and popes share with a numeral: "Henry VIII" → "Henry the eighth". */
const REGNAL = new Set([
  'alexander', 'alfonso', 'amadeus', 'anne', 'benedict', 'boniface', 'catherine', 'charles', 'christian', 'clement', 'constantine',
  'david', 'edmund', 'edward', 'elizabeth', 'ferdinand', 'francis', 'frederick', 'george', 'gregory', 'gustav', 'gustavus', 'haakon',
  'henry', 'innocent', 'ivan', 'james', 'john', 'joseph', 'leo', 'leopold', 'louis', 'ludwig', 'mary', 'napoleon',
  'nicholas', 'olaf', 'otto', 'paul', 'pedro', 'peter', 'philip', 'pius', 'ptolemy', 'ramesses', 'richard', 'robert', 'rudolf',
  'sixtus', 'stephen', 'umberto', 'urban', 'victor', 'wilhelm', 'william',
]);

/**
 * Roman numerals in titles ("Chapter IV", "Stave III"), after names ("Henry VIII", "Louis XIV")
 * and as a heading on their own ("IV."). The pronoun I is never a numeral except after a counting
 * word or a monarch's name at the end of a phrase ("Elizabeth I.").
 */
const romanNumeral: Rule = {
  name: 'roman-numeral',
  pattern: /([IVXLCDM]+|[ivxlcdm]+)(?![\p{L}\p{N}])/uy,
  replace(m, at, ctx) {
    const numeral = m[1]!;
    const value = romanValue(numeral);
    if (value === null) return null;
    const { source, style } = ctx;
    const end = at + numeral.length;
    const preceding = precedingWord(source, at);
    const before = preceding?.word ?? null;
    const upper = numeral === numeral.toUpperCase();
    // "the part I did": after a lower-case word, I is the pronoun.
    if (before !== null && COUNTED.has(before.toLowerCase()) && (numeral !== 'I' || isCapitalised(before))) return cardinalWords(value, style);
    if (!upper) return null;
    // A heading that is only a numeral: "IV" or "IV." on its own line.
    if (/^\s*$/.test(source.slice(0, at)) && /^[.:]?\s*$/.test(source.slice(end))) return cardinalWords(value, style);
    if (preceding === null || !isCapitalised(before) || value > MAX_AFTER_NAME) return null;
    const regnal = REGNAL.has(preceding.word.toLowerCase());
    const shouting = preceding.word.length > 1 && preceding.word === preceding.word.toUpperCase();
    if (shouting && !regnal) return null;
    if (!regnal && (numeral.length < 2 || startsSentence(source, preceding.start))) return null;
    if (numeral === 'I') {
      const next = wordAfter(source, end);
      if (!regnal || /['’]/.test(source[end] ?? '') || (next !== null && /^\p{Ll}/u.test(next))) return null;
    }
    return `the ${ordinalWords(value, style)}`;
  },
};

export const romanNumeralRules: readonly Rule[] = [romanNumeral];
