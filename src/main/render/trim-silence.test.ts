import { describe, expect, it } from 'vitest';
import { soundRange } from './trim-silence';

describe('soundRange', () => {
  const rate = 1000;
  it('keeps the sound and a margin on each side', () => {
    const x = new Float32Array(1000);
    x.fill(0.2, 300, 600);
    expect(soundRange(x, rate, { thresholdDb: -50, marginSeconds: 0.02 })).toEqual({ start: 280, end: 620 });
  });

  it('treats noise under the threshold as silence, and stops the margin at the edges', () => {
    const x = Float32Array.from({ length: 100 }, (_, i) => (i >= 5 && i < 90 ? 0.5 : 0.001));
    expect(soundRange(x, rate, { thresholdDb: -50, marginSeconds: 0.02 })).toEqual({ start: 0, end: 100 });
    expect(soundRange(x, rate, { thresholdDb: -50, marginSeconds: 0.002 })).toEqual({ start: 3, end: 92 });
  });

  it('keeps a segment with no sound above the threshold whole', () => {
    expect(soundRange(new Float32Array(50), rate)).toEqual({ start: 0, end: 50 });
  });
});
