import type { EnglishStyle, Replacement, Rule } from '../rule';
import { cardinalWords } from './number-words';

function hourMinute(hour: number, minute: number, meridiem: string | undefined, style: EnglishStyle): string {
  const h = cardinalWords(hour, style);
  let words: string;
  if (minute === 0) words = meridiem ? h : hour > 12 ? `${h} hundred` : `${h} o'clock`;
  else if (minute < 10) words = `${h} oh ${cardinalWords(minute, style)}`;
  else words = `${h} ${cardinalWords(minute, style)}`;
  return meridiem ? `${words} ${meridiem.toLowerCase().startsWith('a') ? 'a.m.' : 'p.m.'}` : words;
}

const MERIDIEM = String.raw`\s?([AaPp])\.?\s?[Mm]\.?(?![\p{L}\p{N}])`;

/** "10:30", "10:30 a.m.", "14:00". */
export const clockTime: Rule = {
  name: 'time',
  pattern: new RegExp(String.raw`([01]?\d|2[0-3]):([0-5]\d)(?:${MERIDIEM})?(?![\p{N}]|:\d)`, 'yu'),
  replace(m, at, ctx) {
    const meridiem = m[3];
    const hour = Number(m[1]);
    if (meridiem && (hour === 0 || hour > 12)) return null;
    return withMeridiemStop(m[0], hourMinute(hour, Number(m[2]), meridiem, ctx.style), at, ctx.source);
  },
};

/** "3 p.m.", "3pm", "11.45pm". */
export const meridiemTime: Rule = {
  name: 'time-am-pm',
  pattern: new RegExp(String.raw`(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))?${MERIDIEM}`, 'yu'),
  replace: (m, at, ctx) => withMeridiemStop(m[0], hourMinute(Number(m[1]), Number(m[2] ?? 0), m[3], ctx.style), at, ctx.source),
};

/** "at 3pm." ends in one full stop, not two: the sentence's stop is taken into "p.m.". */
function withMeridiemStop(written: string, words: string, at: number, source: string): Replacement {
  const end = at + written.length;
  const swallow = words.endsWith('.') && source[end] === '.' && source[end + 1] !== '.';
  return { length: written.length + (swallow ? 1 : 0), text: words };
}
