import { describe, expect, it } from 'vitest';
import { TRICKY_PIECES, randomTexts } from '../testing/random-text';
import { pronounAfter } from './pronoun-gender';

/** The definition `pronounAfter` keeps: tokens of a `u` regex over the window, read in order. */
function reference(text: string, from: number, stopAt: number): string {
  const fragment = text.slice(from, Math.min(text.length, from + 160, stopAt));
  let sentences = 0;
  for (const m of fragment.matchAll(/[\p{L}']+|[.!?"\u201c\u201d]/gu)) {
    const w = m[0];
    if (w === '.' || w === '!' || w === '?') {
      if (++sentences >= 2) break;
      continue;
    }
    if (w === '"' || w === '\u201c' || w === '\u201d') break;
    const lw = w.toLowerCase();
    if (['he', 'him', 'his', 'himself'].includes(lw)) return 'male';
    if (['she', 'her', 'hers', 'herself'].includes(lw)) return 'female';
  }
  return 'unknown';
}

describe('pronounAfter', () => {
  it('takes the first pronoun within the next two sentences, before any quotation', () => {
    const text = 'Elizabeth smiled, and she went out. Darcy stayed. Then he left.';
    expect(pronounAfter(text, 'Elizabeth'.length, text.length)).toBe('female');
    expect(pronounAfter(text, text.indexOf('Darcy') + 5, text.length)).toBe('male');
    expect(pronounAfter('Jane. It rained. She came.', 4, 26)).toBe('unknown');
    expect(pronounAfter('Jane said, "she is here."', 4, 25)).toBe('unknown');
    expect(pronounAfter("Jane thought she'd go, and her sister", 4, 37)).toBe('female');
    expect(pronounAfter("Jane knew he'd go.", 4, 18)).toBe('unknown');
  });

  it('stops where the next name begins', () => {
    expect(pronounAfter('Jane met Lydia and she ran.', 4, 9)).toBe('unknown');
  });

  it('reads words as the regex it stands in for does, across surrogates and window edges', () => {
    const pieces = [...TRICKY_PIECES, 'him', 'Himself', "he's", 'hers', ' she', ' he.'];
    for (const text of randomTexts(pieces, 3000, 24, 7)) {
      for (const [from, stopAt] of [[0, text.length], [1, text.length], [2, Math.floor(text.length / 2)]] as const) {
        expect(pronounAfter(text, from, stopAt), JSON.stringify([text, from, stopAt])).toBe(reference(text, from, stopAt));
      }
    }
  });
});
