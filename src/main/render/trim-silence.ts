/**
 * Engines pad their output with a little silence of their own; trimming it keeps every pause at the
 * length the author chose and the head of each file inside ACX's window.
 */
export interface TrimOptions {
  /** Samples quieter than this (dBFS) count as silence. */
  thresholdDb: number;
  /** Kept on each side of the sound so soft onsets and decays are not clipped. */
  marginSeconds: number;
}

export const DEFAULT_TRIM: TrimOptions = { thresholdDb: -50, marginSeconds: 0.02 };

/** The [start, end) sample range to keep; the whole range when nothing rises above the threshold. */
export function soundRange(samples: Float32Array, sampleRate: number, options: TrimOptions = DEFAULT_TRIM): { start: number; end: number } {
  const threshold = 10 ** (options.thresholdDb / 20);
  let first = -1;
  for (let i = 0; i < samples.length; i++) {
    if (Math.abs(samples[i]!) > threshold) {
      first = i;
      break;
    }
  }
  if (first < 0) return { start: 0, end: samples.length };
  let last = first;
  for (let i = samples.length - 1; i > first; i--) {
    if (Math.abs(samples[i]!) > threshold) {
      last = i;
      break;
    }
  }
  const margin = Math.round(options.marginSeconds * sampleRate);
  return { start: Math.max(0, first - margin), end: Math.min(samples.length, last + 1 + margin) };
}
