import { sentenceEndsAt, type EnglishStyle, type Rule } from '../rule';
import { numberWords, ordinalWords } from './number-words';
import { END, NUMBER } from './written-number';

const UNITS: Record<string, [string, string]> = {
  ft: ['foot', 'feet'],
  'ft.': ['foot', 'feet'],
  'in.': ['inch', 'inches'],
  'ins.': ['inch', 'inches'],
  'yd.': ['yard', 'yards'],
  yd: ['yard', 'yards'],
  'yds.': ['yard', 'yards'],
  'mi.': ['mile', 'miles'],
  'lb.': ['pound', 'pounds'],
  lb: ['pound', 'pounds'],
  'lbs.': ['pound', 'pounds'],
  lbs: ['pound', 'pounds'],
  'oz.': ['ounce', 'ounces'],
  oz: ['ounce', 'ounces'],
  mph: ['mile per hour', 'miles per hour'],
  km: ['kilo@', 'kilo@s'],
  kg: ['kilogram', 'kilograms'],
  cm: ['centi@', 'centi@s'],
  mm: ['milli@', 'milli@s'],
  '°': ['degree', 'degrees'],
  '°F': ['degree Fahrenheit', 'degrees Fahrenheit'],
  '°C': ['degree Celsius', 'degrees Celsius'],
};
const UNIT = String.raw`(?:\s?(ft\.?|ins?\.|yds?\.|yd|mi\.|lbs?\.?|oz\.?|mph|km|kg|cm|mm)(?![\p{L}\p{N}])|(°[FC]?)(?![\p{L}]))`;

function unitWords(unit: string, value: string, style: EnglishStyle): string {
  const [one, many] = UNITS[unit]!;
  return (value === '1' ? one : many).replace('@', style.metre);
}

/** A period that belonged to an abbreviation also ends the sentence when the next word is capitalised. */
function keepStop(written: string, source: string, end: number): string {
  return written.endsWith('.') && sentenceEndsAt(source, end) ? '.' : '';
}

/** "1st", "22nd", and the old "3d". */
export const ordinal: Rule = {
  name: 'ordinal',
  pattern: /(\d{1,3}(?:,\d{3})+|\d+)(st|nd|rd|th|d)(?![\p{L}\p{N}])/iuy,
  replace(m, _at, ctx) {
    const digits = m[1]!.replace(/,/g, '');
    if (m[2]!.toLowerCase() === 'd' && !/[23]$/.test(digits)) return null;
    return ordinalWords(Number(digits), ctx.style);
  },
};

/** "10 ft.", "30°", "5 km". */
export const measure: Rule = {
  name: 'measure',
  pattern: new RegExp(String.raw`(${NUMBER})${UNIT}`, 'yu'),
  replace(m, at, ctx) {
    const unit = m[2] ?? m[3]!;
    const words = `${numberWords(m[1]!, ctx.style)} ${unitWords(unit, m[1]!, ctx.style)}`;
    return words + keepStop(unit, ctx.source, at + m[0].length);
  },
};

export const plainNumber: Rule = {
  name: 'number',
  pattern: new RegExp(String.raw`(${NUMBER})${END}`, 'yu'),
  replace: (m, _at, ctx) => numberWords(m[1]!, ctx.style),
};

/** "No. 5" → "number five"; only before a number, so that "No." as a word is left alone. */
export const numberSign: Rule = {
  name: 'number-sign',
  pattern: /(No|no|Nos|nos|NO)\.(?=\s?\d)/y,
  replace: (m) => (m[1]!.toLowerCase() === 'nos' ? 'numbers' : 'number'),
};

/** "#5" → "number five". */
export const hashNumber: Rule = {
  name: 'hash-number',
  pattern: /#(?=\d)/y,
  replace: () => 'number ',
};
