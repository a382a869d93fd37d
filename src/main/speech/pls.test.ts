import { describe, expect, it } from 'vitest';
import { StudioError } from '../../shared/errors';
import type { LexiconEntry } from './lexicon';
import { parsePls, writePls } from './pls';

const pls = (body: string, attributes = 'version="1.0" alphabet="ipa" xml:lang="en-GB"'): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<lexicon ${attributes} xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">${body}</lexicon>`;

const refusal = (xml: string): string => {
  try {
    parsePls(xml);
  } catch (error) {
    if (error instanceof StudioError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'accepted';
};

describe('parsePls', () => {
  it('reads phonemes, aliases, several graphemes and the language', () => {
    const lexicon = parsePls(
      pls(`
      <!-- a comment -->
      <lexeme><grapheme>Hermione</grapheme><phoneme>hɜːˈmaɪəni</phoneme></lexeme>
      <lexeme><grapheme>W3C</grapheme><alias>World Wide Web Consortium</alias></lexeme>
      <lexeme><grapheme>colour</grapheme><grapheme>color</grapheme><phoneme>ˈkʌlə</phoneme></lexeme>
      <lexeme><grapheme>Tom &amp; Jerry</grapheme><alias>Tom and Jerry</alias></lexeme>`),
    );
    expect(lexicon.language).toBe('en-GB');
    expect(lexicon.skipped).toEqual([]);
    expect(lexicon.entries).toEqual([
      { grapheme: 'Hermione', kind: 'phoneme', value: 'hɜːˈmaɪəni', caseSensitive: false },
      { grapheme: 'W3C', kind: 'alias', value: 'World Wide Web Consortium', caseSensitive: false },
      { grapheme: 'colour', kind: 'phoneme', value: 'ˈkʌlə', caseSensitive: false },
      { grapheme: 'color', kind: 'phoneme', value: 'ˈkʌlə', caseSensitive: false },
      { grapheme: 'Tom & Jerry', kind: 'alias', value: 'Tom and Jerry', caseSensitive: false },
    ]);
  });

  it('takes the preferred pronunciation and reads entries case-sensitive when asked', () => {
    const lexicon = parsePls(pls('<lexeme><grapheme>read</grapheme><phoneme>rɛd</phoneme><phoneme prefer="true">riːd</phoneme></lexeme>'), {
      caseSensitive: true,
    });
    expect(lexicon.entries).toEqual([{ grapheme: 'read', kind: 'phoneme', value: 'riːd', caseSensitive: true }]);
  });

  it('skips lexemes in an alphabet other than IPA, keeping their aliases', () => {
    const lexicon = parsePls(
      pls(
        '<lexeme><grapheme>tomato</grapheme><phoneme>t@"mA:t@U</phoneme></lexeme>' +
          '<lexeme><grapheme>UN</grapheme><phoneme>ju:"En</phoneme><alias>United Nations</alias></lexeme>',
        'version="1.0" alphabet="x-sampa" xml:lang="en"',
      ),
    );
    expect(lexicon.skipped).toEqual(['tomato']);
    expect(lexicon.entries).toEqual([{ grapheme: 'UN', kind: 'alias', value: 'United Nations', caseSensitive: false }]);
  });

  it('reads an empty lexicon', () => {
    expect(parsePls(pls('')).entries).toEqual([]);
  });

  it.each([
    ['a tag closed in the wrong order', pls('<lexeme><grapheme>a</lexeme></grapheme>')],
    ['an element left open', pls('<lexeme><grapheme>a</grapheme><phoneme>ə</phoneme>')],
    ['a truncated file', pls('<lexeme><grapheme>a</grapheme><phoneme>ə</phoneme></lexeme>').slice(0, -20)],
    ['a stray end tag', pls('<lexeme><grapheme>a</grapheme><phoneme>ə</phoneme></lexeme></lexeme>')],
    ['text after the root', `${pls('')}trailing`],
    ['two roots', `${pls('')}<lexicon/>`],
    ['an undeclared prefix', pls('<x:lexeme/>')],
    ['another XML vocabulary', '<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'],
    ['another PLS version', pls('', 'version="2.0" alphabet="ipa"')],
    ['a lexeme without a grapheme', pls('<lexeme><phoneme>ə</phoneme></lexeme>')],
    ['a lexeme without a pronunciation', pls('<lexeme><grapheme>a</grapheme></lexeme>')],
    ['an empty phoneme', pls('<lexeme><grapheme>a</grapheme><phoneme> </phoneme></lexeme>')],
    ['markup smuggled into phonemes', pls('<lexeme><grapheme>a</grapheme><phoneme>&lt;break/&gt;</phoneme></lexeme>')],
    ['no XML at all', 'hɜːˈmaɪəni'],
    ['an empty file', ''],
  ])('refuses %s with INVALID_LEXICON', (_what, xml) => {
    expect(refusal(xml)).toMatch(/^INVALID_LEXICON: This pronunciation lexicon cannot be read: .+[^.]\.$/);
  });
});

describe('writePls', () => {
  const entries: LexiconEntry[] = [
    { grapheme: 'Hermione', kind: 'phoneme', value: 'hɜːˈmaɪəni', caseSensitive: false },
    { grapheme: 'Tom & Jerry', kind: 'alias', value: 'Tom and "Jerry" <the mouse>', caseSensitive: false },
  ];

  it('writes PLS 1.0 that reads back the same', () => {
    const xml = writePls(entries, 'en-GB');
    expect(xml).toContain('<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en-GB">');
    expect(xml).toContain('<grapheme>Tom &amp; Jerry</grapheme>');
    expect(parsePls(xml)).toEqual({ language: 'en-GB', entries, skipped: [] });
  });
});
