import { describe, expect, it } from 'vitest';
import { findWord, sentenceAround } from './word-in-context';

describe('findWord', () => {
  it('finds a whole word, in any case unless asked', () => {
    expect(findWord('At Longbourn, Mrs Bennet', 'longbourn', false)).toEqual({ start: 3, end: 12 });
    expect(findWord('At Longbourn, Mrs Bennet', 'longbourn', true)).toBeNull();
    expect(findWord('Longbourne is not it', 'Longbourn', false)).toBeNull();
    expect(findWord('the N.E. wind', 'N.E.', false)).toEqual({ start: 4, end: 8 });
    expect(findWord('Élodie said', 'élodie', false)).toEqual({ start: 0, end: 6 });
  });
});

describe('sentenceAround', () => {
  const text = 'It was late. They rode to Meryton at once! Nobody spoke.';
  it('cuts the sentence that holds the word', () => {
    expect(sentenceAround(text, findWord(text, 'Meryton', false)!)).toBe('They rode to Meryton at once!');
    expect(sentenceAround(text, findWord(text, 'late', false)!)).toBe('It was late.');
    expect(sentenceAround(text, findWord(text, 'Nobody', false)!)).toBe('Nobody spoke.');
  });

  it('keeps a window of whole words around the word in a sentence too long to hear', () => {
    const long = `${'and then they walked on '.repeat(30)}to Meryton ${'and talked of nothing '.repeat(30)}.`;
    const cut = sentenceAround(long, findWord(long, 'Meryton', false)!);
    expect(cut).toContain('to Meryton');
    expect(cut.length).toBeLessThanOrEqual(240);
    expect(cut.startsWith('and') || cut.startsWith('then') || cut.startsWith('they') || cut.startsWith('walked') || cut.startsWith('on')).toBe(true);
  });
});
