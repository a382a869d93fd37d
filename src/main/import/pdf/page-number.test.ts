import { describe, expect, it } from 'vitest';
import { lonePageNumber, parsePrintedNumber } from './page-number';

describe('parsePrintedNumber', () => {
  it('reads arabic and roman numerals', () => {
    expect(parsePrintedNumber('17')).toEqual({ value: 17, roman: false });
    expect(parsePrintedNumber('xiv')).toEqual({ value: 14, roman: true });
    expect(parsePrintedNumber('MCMXCIV')).toEqual({ value: 1994, roman: true });
  });

  it('refuses words and malformed numerals', () => {
    for (const token of ['Mix', 'iiii', 'vx', 'page', '12345', '']) expect(parsePrintedNumber(token)).toBeNull();
  });
});

describe('lonePageNumber', () => {
  it('accepts the usual decorations around a page number', () => {
    for (const text of ['12', '- 12 -', '— 12 —', '[12]', 'Page 12', 'page 12 of 300', '12 / 300', '| 12']) {
      expect(lonePageNumber(text)?.value).toBe(12);
    }
    expect(lonePageNumber('ix')).toEqual({ value: 9, roman: true });
  });

  it('refuses lines with words', () => {
    expect(lonePageNumber('Chapter 12')).toBeNull();
    expect(lonePageNumber('12 Angry Men')).toBeNull();
  });
});
