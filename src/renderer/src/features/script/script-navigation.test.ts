import { describe, expect, it } from 'vitest';
import { chapter } from '../../testing/script-fixtures';
import { buildLayout } from './script-layout';
import { edgeSegment, isLowConfidence, nextLowConfidence, stepSegment } from './script-navigation';

const layout = buildLayout(
  [1],
  new Map([
    [
      1,
      chapter(1, [
        { id: 1, kind: 'narration', confidence: 1, paragraphIndex: 0 },
        { id: 2, confidence: 0.4, paragraphIndex: 1 },
        { id: 3, confidence: 0.95, paragraphIndex: 2 },
        { id: 4, confidence: 0.3, corrected: true, paragraphIndex: 3 },
        { id: 5, confidence: 0.5, reviewed: true, paragraphIndex: 4 },
        { id: 6, confidence: 0.6, paragraphIndex: 5 },
        { id: 7, kind: 'narration', confidence: 0.1, paragraphIndex: 6 },
      ]),
    ],
  ]),
  null,
);

describe('moving through the script', () => {
  it('steps through the lines in order and stops at either end', () => {
    expect(stepSegment(layout, 2, 1)).toBe(3);
    expect(stepSegment(layout, 2, -1)).toBe(1);
    expect(stepSegment(layout, 1, -1)).toBe(1);
    expect(stepSegment(layout, 6, 10)).toBe(7);
    expect(stepSegment(layout, null, 1)).toBe(1);
    expect(stepSegment(layout, null, -1)).toBe(7);
    expect(edgeSegment(layout, 'first')).toBe(1);
    expect(edgeSegment(layout, 'last')).toBe(7);
  });

  it('finds the next doubtful dialogue line either way, skipping fixed and reviewed ones and narration', () => {
    expect(nextLowConfidence(layout, 1, 1)).toBe(2);
    expect(nextLowConfidence(layout, 2, 1)).toBe(6);
    expect(nextLowConfidence(layout, 6, 1)).toBeNull();
    expect(nextLowConfidence(layout, 6, -1)).toBe(2);
    expect(nextLowConfidence(layout, 2, -1)).toBeNull();
    expect(nextLowConfidence(layout, null, -1)).toBe(6);
  });

  it('counts a line as doubtful only below the threshold', () => {
    const line = layout.rows[2]?.kind === 'paragraph' ? layout.rows[2].segments[0]! : null;
    expect(line && isLowConfidence(line, 0.75)).toBe(true);
    expect(line && isLowConfidence(line, 0.3)).toBe(false);
  });
});
