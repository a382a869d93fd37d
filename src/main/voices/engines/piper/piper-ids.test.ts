import { describe, expect, it } from 'vitest';
import { piperPhonemeIds, piperPunctuation } from './piper-ids';

const map = new Map<string, number[]>([
  ['_', [0]], ['^', [1]], ['$', [2]], [' ', [3]], [',', [8]], ['h', [20]], ['ə', [59]], ['l', [24]], ['ˈ', [120]], ['o', [27]], ['ʊ', [100]], ['ɔ', [54]], ['\u0303', [141]],
]);

describe('piperPhonemeIds', () => {
  it('starts with ^, pads after every phoneme, ends with $', () => {
    expect(piperPhonemeIds('həlˈoʊ', map)).toEqual({ ids: [1, 0, 20, 0, 59, 0, 24, 0, 120, 0, 27, 0, 100, 0, 2], missing: [] });
  });

  it('splits a precomposed letter into its NFD code points, as Piper does', () => {
    expect(piperPhonemeIds('ɔ̃', map).ids).toEqual([1, 0, 54, 0, 141, 0, 2]);
  });

  it('leaves out phonemes the voice does not know, and says which', () => {
    expect(piperPhonemeIds('həx, l', map)).toEqual({ ids: [1, 0, 20, 0, 59, 0, 8, 0, 3, 0, 24, 0, 2], missing: ['x'] });
  });
});

describe('piperPunctuation', () => {
  it('keeps the clause punctuation eSpeak NG reports, and nothing else', () => {
    expect(piperPunctuation('“wˈɛl — jˈɛs…” (ɔːl ɹˈaɪt)')).toBe('wˈɛl, jˈɛs. ɔːl ɹˈaɪt');
  });
});
