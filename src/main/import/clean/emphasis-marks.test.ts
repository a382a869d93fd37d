import { describe, expect, it } from 'vitest';
import { dropSentinels, EMPHASIS_CLOSE as C, EMPHASIS_OPEN as O, extractEmphasis } from './emphasis-marks';

describe('extractEmphasis', () => {
  it('turns sentinels into ranges over the plain text', () => {
    const { text, emphasis } = extractEmphasis(`a ${O}very${C} good ${O}day${C}`);
    expect(text).toBe('a very good day');
    expect(emphasis.map((e) => text.slice(e.start, e.end))).toEqual(['very', 'day']);
  });

  it('trims, merges and drops empty ranges, and removes doubled spaces', () => {
    const { text, emphasis } = extractEmphasis(`${O} one${C} ${O}two ${C} x ${O}${C} y`);
    expect(text).toBe('one two x y');
    expect(emphasis).toEqual([{ start: 0, end: 7 }]);
  });

  it('tolerates unbalanced sentinels', () => {
    expect(extractEmphasis(`a ${C}b ${O}c`)).toEqual({ text: 'a b c', emphasis: [{ start: 4, end: 5 }] });
  });

  it('drops sentinels that were in the source', () => {
    expect(dropSentinels(`x${O}y${C}z`)).toBe('xyz');
  });
});
