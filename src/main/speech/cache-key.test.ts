import { describe, expect, it } from 'vitest';
import { canonicalJson, speechCacheKey, type SpeechCacheInput } from './cache-key';

const base: SpeechCacheInput = {
  speech: 'Mister Darcy bowed.',
  voice: { engine: 'kokoro', voice: 'bf_emma' },
  settings: { speed: 1, pitch: 0 },
  engine: 'kokoro',
  modelVersion: 'kokoro-v1.0',
  lexiconEntriesUsed: [
    { grapheme: 'Darcy', kind: 'phoneme', value: 'ˈdɑːsi', caseSensitive: true },
    { grapheme: 'bowed', kind: 'alias', value: 'bowd', caseSensitive: false },
  ],
};

describe('speechCacheKey', () => {
  const key = speechCacheKey(base);

  it('is a SHA-256 in hex, the same every time', () => {
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(speechCacheKey(structuredClone(base))).toBe(key);
  });

  it.each<[string, Partial<SpeechCacheInput>]>([
    ['the text', { speech: 'Mister Darcy bowed!' }],
    ['chunks instead of text', { speech: [{ kind: 'text', text: 'Mister Darcy bowed.', start: 0, end: 19, emphasis: false }] }],
    ['emphasis in a chunk', { speech: [{ kind: 'text', text: 'Mister Darcy bowed.', start: 0, end: 19, emphasis: true }] }],
    ['the voice', { voice: { engine: 'kokoro', voice: 'bf_isabella' } }],
    ['the speaker', { voice: { engine: 'kokoro', voice: 'bf_emma', speaker: 2 } }],
    ['the speed', { settings: { speed: 1.1, pitch: 0 } }],
    ['the pitch', { settings: { speed: 1, pitch: -2 } }],
    ['a blend', { settings: { speed: 1, pitch: 0, blend: [{ voice: { engine: 'kokoro', voice: 'af_bella' }, weight: 0.3 }] } }],
    ['the engine', { engine: 'piper' }],
    ['the model version', { modelVersion: 'kokoro-v1.1' }],
    ['an entry’s phonemes', { lexiconEntriesUsed: [{ ...base.lexiconEntriesUsed[0]!, value: 'ˈdɑːrsi' }, base.lexiconEntriesUsed[1]!] }],
    ['an entry’s case', { lexiconEntriesUsed: [{ ...base.lexiconEntriesUsed[0]!, caseSensitive: false }, base.lexiconEntriesUsed[1]!] }],
    ['an entry’s kind', { lexiconEntriesUsed: [base.lexiconEntriesUsed[0]!, { ...base.lexiconEntriesUsed[1]!, kind: 'phoneme' }] }],
    ['one entry fewer', { lexiconEntriesUsed: [base.lexiconEntriesUsed[0]!] }],
  ])('changes with %s', (_what, change) => {
    expect(speechCacheKey({ ...base, ...change })).not.toBe(key);
  });

  it('does not depend on the order of keys or of the entries used', () => {
    const reordered: SpeechCacheInput = {
      lexiconEntriesUsed: [
        { value: 'bowd', caseSensitive: false, kind: 'alias', grapheme: 'bowed' },
        { caseSensitive: true, value: 'ˈdɑːsi', grapheme: 'Darcy', kind: 'phoneme' },
      ],
      modelVersion: 'kokoro-v1.0',
      engine: 'kokoro',
      settings: { pitch: 0, speed: 1 },
      voice: { voice: 'bf_emma', engine: 'kokoro' },
      speech: 'Mister Darcy bowed.',
    };
    expect(speechCacheKey(reordered)).toBe(key);
  });

  it('ignores what does not change the sound: a stored entry’s id and date', () => {
    const stored = { ...base, lexiconEntriesUsed: base.lexiconEntriesUsed.map((e, i) => ({ ...e, id: i + 7, createdAt: '2026-01-01T00:00:00Z' })) };
    expect(speechCacheKey(stored)).toBe(key);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: [3, { d: 1, c: 2 }], a: 'x', u: undefined })).toBe('{"a":"x","b":[3,{"c":2,"d":1}]}');
  });

  it('refuses numbers JSON cannot hold', () => {
    expect(() => canonicalJson({ speed: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson(Infinity)).toThrow(TypeError);
  });
});
