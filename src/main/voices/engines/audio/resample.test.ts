import { describe, expect, it } from 'vitest';
import { zeroCrossingRate, rms } from '../testing/audio-measures';
import { pitchStep, resampleBy } from './resample';

const tone = (frequency: number, sampleRate: number, seconds: number): Float32Array =>
  Float32Array.from({ length: Math.round(sampleRate * seconds) }, (_, i) => 0.5 * Math.sin((2 * Math.PI * frequency * i) / sampleRate));

describe('resampleBy', () => {
  it('raises a tone by the step and shortens it by the same factor', () => {
    const step = pitchStep(7);
    const out = resampleBy(tone(220, 24000, 1), step);
    expect(out.length).toBe(Math.floor(24000 / step));
    expect(zeroCrossingRate(out, 24000) / 2).toBeCloseTo(220 * step, -1);
    expect(rms(out)).toBeCloseTo(0.5 / Math.SQRT2, 1);
  });

  it('lowers a tone when reading slower', () => {
    const out = resampleBy(tone(440, 22050, 0.5), pitchStep(-12));
    expect(out.length).toBe(22050);
    expect(zeroCrossingRate(out, 22050) / 2).toBeCloseTo(220, -1);
  });

  it('filters out what would fold back when reading faster', () => {
    const out = resampleBy(tone(10000, 22050, 0.5), 2);
    expect(rms(out, 100, out.length - 100)).toBeLessThan(0.02);
  });

  it('maps semitones to steps: an octave doubles', () => {
    expect(pitchStep(12)).toBe(2);
    expect(pitchStep(-12)).toBe(0.5);
    expect(pitchStep(0)).toBe(1);
  });
});
