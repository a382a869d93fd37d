import type { Rule } from '../rule';
import { abbreviationRules } from './abbreviations';
import { percentage, slashFraction, vulgarFraction } from './fraction-rules';
import { currency, pence } from './money-rules';
import { hashNumber, measure, numberSign, ordinal, plainNumber } from './number-rules';
import { romanNumeralRules } from './roman-numerals';
import { clockTime, meridiemTime } from './time-rules';
import { webAddressRules } from './web-addresses';
import { decade, range, year } from './year-rules';

/**
 * English rules, the most specific first: an address may hold numbers, money and times are more than
 * a number, and a measure ("1811 ft.") is no year. A plain number comes last.
 */
export const englishRules: readonly Rule[] = [
  ...webAddressRules,
  currency, pence, clockTime, meridiemTime, vulgarFraction, slashFraction, percentage, ordinal, decade, range, measure, year,
  numberSign, hashNumber, plainNumber,
  ...abbreviationRules,
  ...romanNumeralRules,
];
