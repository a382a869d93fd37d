/** Assembled PCM as the encoders read it: raw mono float32 at the assembly rate, with its gain. */
export interface PcmInput {
  path: string;
  samples: number;
  sampleRate: number;
  gainDb: number;
  /** The limiter ceiling of the loudness target, dBFS. */
  ceilingDb: number;
}

export function rawInputArgs(input: Pick<PcmInput, 'path' | 'sampleRate'>): string[] {
  return ['-f', 'f32le', '-ar', String(input.sampleRate), '-ac', '1', '-i', input.path];
}

/** Output sample rate of every export: 44.1 kHz, which ACX requires and every player plays. */
export const OUTPUT_RATE = 44100;
