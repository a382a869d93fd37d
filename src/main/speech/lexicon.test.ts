import { describe, expect, it } from 'vitest';
import { refusalCode } from '../testing/refusals';
import { checkLexiconEntry, lexiconKey } from './lexicon';

describe('lexicon entries', () => {
  it('tidies spaces and composes accents', () => {
    const entry = checkLexiconEntry({ grapheme: '  Cafe\u0301   Royal ', kind: 'alias', value: ' Caff-ay  Royal ', caseSensitive: false });
    expect(entry).toEqual({ grapheme: 'Café Royal', kind: 'alias', value: 'Caff-ay Royal', caseSensitive: false });
  });

  it.each([
    [{ grapheme: '', kind: 'alias', value: 'x', caseSensitive: false }],
    [{ grapheme: '...', kind: 'alias', value: 'x', caseSensitive: false }],
    [{ grapheme: 'Hermione', kind: 'alias', value: '   ', caseSensitive: false }],
    [{ grapheme: 'Hermione', kind: 'phoneme', value: 'hɜː<break/>', caseSensitive: false }],
    [{ grapheme: 'Hermione', kind: 'phoneme', value: '[[h3:]]', caseSensitive: false }],
    [{ grapheme: 'Hermione', kind: 'sound', value: 'x', caseSensitive: false }],
    [{ grapheme: 'x'.repeat(201), kind: 'alias', value: 'x', caseSensitive: false }],
  ] as const)('refuses %j', (entry) => {
    expect(refusalCode(() => checkLexiconEntry(entry as never))).toBe('INVALID_LEXICON');
  });

  it('keys case-insensitive words by their lower case only', () => {
    expect(lexiconKey({ grapheme: 'Reading', caseSensitive: false })).toBe(lexiconKey({ grapheme: 'reading ', caseSensitive: false }));
    expect(lexiconKey({ grapheme: 'Reading', caseSensitive: true })).not.toBe(lexiconKey({ grapheme: 'reading', caseSensitive: true }));
    expect(lexiconKey({ grapheme: 'Reading', caseSensitive: true })).not.toBe(lexiconKey({ grapheme: 'Reading', caseSensitive: false }));
  });
});
