import { describe, expect, it } from 'vitest';
import { cardinalWords, decadeWords, digitWords, numberWords, ordinalWords, yearWords } from './number-words';

const british = { and: true };
const american = { and: false };

describe('English number words', () => {
  it.each([
    [0, 'zero'],
    [13, 'thirteen'],
    [40, 'forty'],
    [99, 'ninety-nine'],
    [100, 'one hundred'],
    [101, 'one hundred and one'],
    [1005, 'one thousand and five'],
    [1100, 'one thousand one hundred'],
    [2_000_000, 'two million'],
    [3_000_042, 'three million and forty-two'],
    [1_234_567_890, 'one billion two hundred and thirty-four million five hundred and sixty-seven thousand eight hundred and ninety'],
  ])('cardinal %d is "%s" in British usage', (n, words) => {
    expect(cardinalWords(n, british)).toBe(words);
  });

  it('drops the "and" in American usage', () => {
    expect(cardinalWords(1005, american)).toBe('one thousand five');
    expect(cardinalWords(342, american)).toBe('three hundred forty-two');
  });

  it('reads a number too long to say as digits', () => {
    expect(cardinalWords(9_007_199_254_740_991, british)).toBe('nine zero zero seven one nine nine two five four seven four zero nine nine one');
  });

  it('refuses what is not a whole number', () => {
    expect(() => cardinalWords(1.5, british)).toThrow(RangeError);
    expect(() => cardinalWords(-1, british)).toThrow(RangeError);
  });

  it.each([
    [1, 'first'],
    [2, 'second'],
    [3, 'third'],
    [5, 'fifth'],
    [8, 'eighth'],
    [9, 'ninth'],
    [12, 'twelfth'],
    [20, 'twentieth'],
    [21, 'twenty-first'],
    [100, 'one hundredth'],
    [1_000_000, 'one millionth'],
  ])('ordinal %d is "%s"', (n, words) => {
    expect(ordinalWords(n, british)).toBe(words);
  });

  it.each([
    [1066, 'ten sixty-six'],
    [1811, 'eighteen eleven'],
    [1900, 'nineteen hundred'],
    [1905, 'nineteen oh five'],
    [2000, 'two thousand'],
    [2005, 'two thousand five'],
    [2010, 'twenty ten'],
    [2023, 'twenty twenty-three'],
    [1000, 'one thousand'],
    [999, 'nine hundred and ninety-nine'],
  ])('year %d is "%s"', (year, words) => {
    expect(yearWords(year, british)).toBe(words);
  });

  it('says decades, digits and written numbers', () => {
    expect(decadeWords(1920, british)).toBe('nineteen twenties');
    expect(decadeWords(1800, british)).toBe('eighteen hundreds');
    expect(decadeWords(2000, british)).toBe('two thousands');
    expect(digitWords('0451')).toBe('zero four five one');
    expect(numberWords('-1,234.05', british)).toBe('minus one thousand two hundred and thirty-four point zero five');
    expect(numberWords('.5', british)).toBe('point five');
  });
});
