import { describe, expect, it } from 'vitest';
import { emphasisRuns } from './emphasis-runs';

const joined = (runs: { text: string }[]): string => runs.map((r) => r.text).join('');

describe('emphasisRuns', () => {
  it('keeps a paragraph without emphasis as one plain run', () => {
    expect(emphasisRuns('Plain words.', undefined)).toEqual([{ text: 'Plain words.', emphasized: false }]);
    expect(emphasisRuns('', [])).toEqual([]);
  });

  it('marks the ranges and the plain text between them', () => {
    const text = 'She was not handsome enough to tempt me.';
    const runs = emphasisRuns(text, [{ start: 31, end: 36 }, { start: 4, end: 7 }]);
    expect(runs).toEqual([
      { text: 'She ', emphasized: false },
      { text: 'was', emphasized: true },
      { text: ' not handsome enough to ', emphasized: false },
      { text: 'tempt', emphasized: true },
      { text: ' me.', emphasized: false },
    ]);
  });

  it('merges overlaps, clamps ranges outside the text and drops empty ones', () => {
    const text = 'abcdefghij';
    const runs = emphasisRuns(text, [
      { start: 2, end: 6 },
      { start: 4, end: 8 },
      { start: -5, end: 1 },
      { start: 9, end: 400 },
      { start: 5, end: 5 },
      { start: 7, end: 3 },
    ]);
    expect(joined(runs)).toBe(text);
    expect(runs.filter((r) => r.emphasized).map((r) => r.text)).toEqual(['a', 'cdef', 'gh', 'j']);
  });

  it('leaves markup in the text as text', () => {
    const text = '<img src=x onerror=alert(1)> “Hi,” said Mallory.';
    expect(joined(emphasisRuns(text, [{ start: 0, end: 28 }]))).toBe(text);
  });
});
