import { describe, expect, it } from 'vitest';
import { formatEta } from './format-eta';

describe('formatEta', () => {
  it('says nothing without an estimate', () => {
    expect(formatEta(null)).toBeNull();
    expect(formatEta(Number.NaN)).toBeNull();
    expect(formatEta(-3)).toBeNull();
  });

  it('counts seconds, minutes and hours', () => {
    expect(formatEta(0.4)).toBe('Almost done');
    expect(formatEta(12.2)).toBe('About 13 s left');
    expect(formatEta(59.5)).toBe('About 60 s left');
    expect(formatEta(150)).toBe('About 3 min left');
    expect(formatEta(3600)).toBe('About 1 h left');
    expect(formatEta(5400)).toBe('About 1 h 30 min left');
  });
});
