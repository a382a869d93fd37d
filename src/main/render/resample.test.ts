import { describe, expect, it } from 'vitest';
import { resample } from './resample';

function sine(freq: number, rate: number, seconds: number, amplitude = 0.5): Float32Array {
  return Float32Array.from({ length: Math.round(rate * seconds) }, (_, i) => amplitude * Math.sin((2 * Math.PI * freq * i) / rate));
}

function rms(x: Float32Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += x[i]! ** 2;
  return Math.sqrt(sum / (to - from));
}

/** Frequency from upward zero crossings, away from the edges. */
function frequency(x: Float32Array, rate: number): number {
  const crossings: number[] = [];
  for (let i = 1000; i < x.length - 1000; i++) if (x[i - 1]! < 0 && x[i]! >= 0) crossings.push(i - x[i]! / (x[i]! - x[i - 1]!));
  return ((crossings.length - 1) * rate) / (crossings.at(-1)! - crossings[0]!);
}

describe('resample', () => {
  it.each([
    [24000, 22050],
    [22050, 44100],
    [16000, 24000],
  ])('keeps a 1 kHz tone at its pitch and level from %i Hz to %i Hz', (from, to) => {
    const out = resample(sine(1000, from, 1), from, to);
    expect(out.length).toBe(to);
    expect(frequency(out, to)).toBeCloseTo(1000, 1);
    expect(20 * Math.log10(rms(out, 500, to - 500) / (0.5 / Math.SQRT2))).toBeCloseTo(0, 1);
  });

  it('removes what the lower rate cannot carry when going down', () => {
    // 11.5 kHz fits under 24 kHz's Nyquist, not under 22.05 kHz's; it must not fold back as an alias.
    const out = resample(sine(11500, 24000, 1), 24000, 22050);
    expect(rms(out, 500, out.length - 500)).toBeLessThan(0.5 * 0.001);
  });

  it('returns the input untouched at the same rate', () => {
    const x = sine(440, 22050, 0.1);
    expect(resample(x, 22050, 22050)).toBe(x);
  });
});
