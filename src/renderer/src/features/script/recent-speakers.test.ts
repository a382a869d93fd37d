import { describe, expect, it } from 'vitest';
import { keepKnown, pushRecent } from './recent-speakers';

describe('the recent speakers', () => {
  it('keeps the newest first, each once, nine at most', () => {
    let recent: number[] = [];
    for (const id of [1, 2, 3, 2, 4, 5, 6, 7, 8, 9, 10]) recent = pushRecent(recent, id);
    expect(recent).toEqual([10, 9, 8, 7, 6, 5, 4, 2, 3]);
  });

  it('forgets speakers that left the cast, and keeps the same list when none did', () => {
    const recent = [3, 2, 1];
    expect(keepKnown(recent, new Set([1, 3]))).toEqual([3, 1]);
    expect(keepKnown(recent, new Set([1, 2, 3]))).toBe(recent);
  });
});
