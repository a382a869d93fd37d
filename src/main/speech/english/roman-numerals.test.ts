import { describe, expect, it } from 'vitest';
import { romanValue } from './roman-numerals';

describe('romanValue', () => {
  it.each([
    ['I', 1],
    ['IV', 4],
    ['ix', 9],
    ['XIV', 14],
    ['XL', 40],
    ['XCIX', 99],
    ['MCMLXXXIV', 1984],
    ['MMMCMXCIX', 3999],
  ])('%s is %d', (numeral, value) => {
    expect(romanValue(numeral)).toBe(value);
  });

  it.each(['', 'IIII', 'VV', 'IC', 'MIM', 'DID', 'ABC', 'MMMM'])('%j is not a roman numeral', (text) => {
    expect(romanValue(text)).toBeNull();
  });
});
