import { describe, expect, it } from 'vitest';
import { alignToSource, proportionalOffsetMap, proportionalOffsets } from './source-offsets';

describe('alignToSource', () => {
  it('maps cleaned text back through joined lines, collapsed spaces and removed underscores', () => {
    const source = 'xx "_You_ want to tell me,\n   and I   have no objection." yy';
    const text = '"You want to tell me, and I have no objection."';
    const start = source.indexOf('"');
    const end = source.lastIndexOf('"') + 1;
    const map = alignToSource(text, source, start, end);
    for (const word of ['You', 'want', 'and', 'objection']) {
      const i = text.indexOf(word);
      expect(source.slice(map[i], (map[i + word.length - 1] ?? 0) + 1)).toBe(word);
    }
    expect(map[text.length]).toBe(end);
  });

  it('realigns after a character the cleaning changed or dropped', () => {
    const source = 'He said [1] that all was well.';
    const text = 'He said that all was well.';
    const map = alignToSource(text, source, 0, source.length);
    const i = text.indexOf('that');
    expect(source.slice(map[i], (map[i + 3] ?? 0) + 1)).toBe('that');
  });

  it('never points outside the paragraph span', () => {
    const map = alignToSource('completely different words', 'abc', 0, 3);
    for (const v of map) expect(v).toBeLessThanOrEqual(3);
  });
});

describe('proportionalOffsets', () => {
  it('is exact when the text and span have the same length, and scaled otherwise', () => {
    expect([...proportionalOffsets('abc', 10, 13)]).toEqual([10, 11, 12, 13]);
    expect([...proportionalOffsets('ab', 0, 4)]).toEqual([0, 2, 4]);
  });

  it('gives, one position at a time, the offsets of the whole map', () => {
    for (const [text, start, end] of [['abc', 10, 13], ['abcdefg', 5, 9], ['ab', 3, 40], ['', 7, 9]] as const) {
      const offsetOf = proportionalOffsetMap(text.length, start, end);
      expect(Array.from({ length: text.length + 1 }, (_, i) => offsetOf(i))).toEqual([...proportionalOffsets(text, start, end)]);
    }
  });
});
