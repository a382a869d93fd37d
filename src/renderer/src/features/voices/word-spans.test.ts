import { describe, expect, it } from 'vitest';
import { indexAt, wordPieces } from './word-spans';

describe('wordPieces', () => {
  const segment = { segmentId: 1, text: 'Good morning, Mr. Darcy, at 30° north.', speaker: 'Jane', startSample: 0, endSample: 1000 };
  it('finds each heard word in the text as written, and skips words said differently', () => {
    const pieces = wordPieces(segment, [
      { text: 'Good', startSample: 0, endSample: 100 },
      { text: 'morning', startSample: 100, endSample: 200 },
      { text: 'Mister', startSample: 200, endSample: 300 },
      { text: 'Darcy', startSample: 300, endSample: 400 },
      { text: 'at', startSample: 400, endSample: 450 },
      { text: '30', startSample: 450, endSample: 600 },
      { text: 'north', startSample: 600, endSample: 700 },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(segment.text);
    expect(pieces.filter((p) => p.word !== null).map((p) => [p.text, p.word])).toEqual([
      ['Good', 0],
      ['morning', 1],
      ['Darcy', 3],
      ['at', 4],
      ['30', 5],
      ['north', 6],
    ]);
  });

  it('takes only the words of its own segment in a preview', () => {
    const second = { ...segment, text: 'Good day.', startSample: 1000, endSample: 2000 };
    const pieces = wordPieces(second, [
      { text: 'Good', startSample: 0, endSample: 100 },
      { text: 'Good', startSample: 1000, endSample: 1100 },
      { text: 'day', startSample: 1100, endSample: 1300 },
    ]);
    expect(pieces.filter((p) => p.word !== null).map((p) => p.word)).toEqual([1, 2]);
  });
});

describe('indexAt', () => {
  const spans = [
    { startSample: 0, endSample: 100 },
    { startSample: 150, endSample: 300 },
    { startSample: 300, endSample: 400 },
  ];
  it('finds the span being heard, or none in a pause', () => {
    expect([0, 99, 100, 149, 150, 300, 399, 400].map((s) => indexAt(spans, s))).toEqual([0, 0, -1, -1, 1, 2, 2, -1]);
    expect(indexAt([], 10)).toBe(-1);
  });
});
