import { describe, expect, it } from 'vitest';
import { letterWeight, placeWords } from './word-timings';

describe('placeWords', () => {
  it('shares the speech of a span among its words by weight, leaving out the silence at its ends', () => {
    const samples = new Float32Array(10000);
    for (let i = 2000; i < 8000; i++) samples[i] = Math.sin(i / 5) * 0.5;
    const words = placeWords(samples, 10000, [{ start: 0, end: 10000, words: [{ text: 'a', weight: 1 }, { text: 'bbb', weight: 3 }, { text: 'cc', weight: 2 }] }]);
    expect(words.map((w) => w.text)).toEqual(['a', 'bbb', 'cc']);
    expect(words[0]?.startSample).toBeGreaterThanOrEqual(1900);
    expect(words[0]?.startSample).toBeLessThanOrEqual(2000);
    expect(words[2]?.endSample).toBeGreaterThanOrEqual(8000);
    expect(words[2]?.endSample).toBeLessThanOrEqual(8100);
    const length = (i: number): number => (words[i]?.endSample ?? 0) - (words[i]?.startSample ?? 0);
    expect(length(1) / length(0)).toBeCloseTo(3, 1);
    expect(words[1]?.startSample).toBe(words[0]?.endSample);
  });

  it('keeps each span within its own bounds', () => {
    const samples = Float32Array.from({ length: 6000 }, (_, i) => Math.sin(i) * 0.3);
    const words = placeWords(samples, 8000, [
      { start: 0, end: 2000, words: [{ text: 'one', weight: 3 }] },
      { start: 2000, end: 6000, words: [{ text: 'two', weight: 3 }, { text: 'three', weight: 4 }] },
    ]);
    expect(words[0]).toMatchObject({ startSample: 0, endSample: 2000 });
    expect(words[1]?.startSample).toBe(2000);
    expect(words[2]?.endSample).toBe(6000);
  });

  it('weighs a written word by its letters and digits', () => {
    expect(letterWeight("don't")).toBe(4);
    expect(letterWeight('3.5')).toBe(2);
  });
});
