import { sharedSamples } from './shared-samples';

/** Zero crossings of the sinc on each side: enough for speech, cheap enough for long chapters. */
const HALF_TAPS = 8;

/**
 * Reads `input` at `step` samples per output sample (step 1.5: 1.5 times faster, a fifth higher)
 * with a Lanczos-windowed sinc, low-passed when reading faster so nothing folds back.
 */
export function resampleBy(input: Float32Array, step: number): Float32Array {
  const length = Math.floor(input.length / step);
  const output = sharedSamples(length);
  const cutoff = Math.min(1, 1 / step);
  const reach = HALF_TAPS / cutoff;
  for (let i = 0; i < length; i++) {
    const center = i * step;
    const first = Math.max(0, Math.ceil(center - reach));
    const last = Math.min(input.length - 1, Math.floor(center + reach));
    let sum = 0;
    for (let j = first; j <= last; j++) {
      const x = (j - center) * cutoff;
      sum += (input[j] ?? 0) * sinc(x) * sinc(x / HALF_TAPS);
    }
    output[i] = sum * cutoff;
  }
  return output;
}

function sinc(x: number): number {
  if (x === 0) return 1;
  const px = Math.PI * x;
  return Math.sin(px) / px;
}

/** The resampling step that moves pitch by `semitones`. */
export function pitchStep(semitones: number): number {
  return 2 ** (semitones / 12);
}
