import { describe, expect, it } from 'vitest';
import { firstLetterRuns, isWhiteSpaceCode, lastLetterRuns, letterAt, letterBefore, wordBounds } from './text-scan';
import { TRICKY_PIECES, randomTexts } from './testing/random-text';

const texts = randomTexts(TRICKY_PIECES, 1500, 14);

function words(text: string): string[] {
  const bounds = wordBounds(text);
  const out: string[] = [];
  for (let k = 0; k < bounds.length; k += 2) out.push(text.slice(bounds[k], bounds[k + 1]));
  return out;
}

describe('letter runs', () => {
  it('are the runs a `u` regex finds, astral letters and lone surrogates included', () => {
    for (const text of texts) {
      const all = text.match(/\p{L}+/gu) ?? [];
      for (const count of [1, 2, 4]) {
        expect(firstLetterRuns(text, count), JSON.stringify(text)).toEqual(all.slice(0, count));
        expect(lastLetterRuns(text, count), JSON.stringify(text)).toEqual(all.slice(-count));
      }
    }
  });

  it('measure a letter from either side as the regex sees it inside a window', () => {
    for (const text of texts) {
      for (let i = 0; i < text.length; i++) {
        const here = /^\p{L}/u.exec(text.slice(i))?.[0].length ?? 0;
        const before = /\p{L}$/u.exec(text.slice(0, i + 1))?.[0].length ?? 0;
        expect(letterAt(text, i, text.length), JSON.stringify([text, i])).toBe(here);
        expect(letterBefore(text, i + 1, 0), JSON.stringify([text, i])).toBe(before);
      }
    }
  });

  it('takes a pair cut by the edge of the window for two lone surrogates', () => {
    expect(letterAt('\ud835\udc00', 0, 2)).toBe(2);
    expect(letterAt('\ud835\udc00', 0, 1)).toBe(0);
    expect(letterBefore('\ud835\udc00', 2, 0)).toBe(2);
    expect(letterBefore('\ud835\udc00', 2, 1)).toBe(0);
  });
});

describe('wordBounds', () => {
  it('joins letters across inner apostrophes and hyphens only', () => {
    expect(words("Winnie-the-Pooh's friends--and Tigger' said 'no'")).toEqual(["Winnie-the-Pooh's", 'friends', 'and', 'Tigger', 'said', 'no']);
  });

  it('finds the words a regex finds in text of BMP characters', () => {
    for (const text of texts.filter((t) => !/[\ud800-\udfff]/.test(t))) {
      expect(words(text), JSON.stringify(text)).toEqual(text.match(/\p{L}+(?:['\u2019-]\p{L}+)*/gu) ?? []);
    }
  });
});

describe('isWhiteSpaceCode', () => {
  it('is true exactly for the code units `\\s` matches', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isWhiteSpaceCode(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});
