/**
 * Speech-like test audio: a harmonic voice at a steady pitch, its loudness rising and falling four
 * times a second like syllables, between stretches of digital silence. Sound starts and ends on a
 * full-level sample, so the exact length the assembler keeps after trimming is known in advance.
 */
import { writeFileSync } from 'node:fs';
import { encodeWavFloat32 } from '../wav';

export interface SpeechLikeOptions {
  sampleRate: number;
  /** Length of the sound, a multiple of 0.5 s. */
  soundSeconds: number;
  /** Digital silence before and after the sound, as engines leave it. */
  padSeconds: number;
  /** RMS of the sound part, dBFS. */
  rmsDb: number;
  /** Pitch in Hz; whole cycles fit every half second when it is a multiple of 2. */
  pitch: number;
  /** A 10 ms shout mid-sound this many dB above the RMS, so peaks need the limiter. */
  accentDb?: number;
}

export function speechLike(options: SpeechLikeOptions): Float32Array {
  const { sampleRate, soundSeconds, padSeconds, pitch } = options;
  const sound = Math.round(soundSeconds * sampleRate);
  const pad = Math.round(padSeconds * sampleRate);
  const out = new Float32Array(sound + 2 * pad);
  let power = 0;
  for (let i = 0; i <= sound - 1; i++) {
    const t = i / sampleRate;
    const syllable = 0.2 + 0.8 * (0.5 + 0.5 * Math.cos(2 * Math.PI * 4 * t));
    let voice = 0;
    for (let k = 1; k <= 6; k++) voice += Math.cos(2 * Math.PI * k * pitch * t) / k;
    out[pad + i] = syllable * voice;
    power += (syllable * voice) ** 2;
  }
  const scale = 10 ** (options.rmsDb / 20) / Math.sqrt(power / Math.max(1, sound));
  for (let i = pad; i < pad + sound; i++) out[i]! *= scale;
  if (options.accentDb !== undefined) {
    const peak = 10 ** ((options.rmsDb + options.accentDb) / 20);
    const middle = pad + Math.floor(sound / 2);
    for (let i = 0; i < sampleRate / 100; i++) out[middle + i] = peak * Math.sin((2 * Math.PI * 1000 * i) / sampleRate);
  }
  return out;
}

/** The number of samples the assembler keeps of such a segment: the sound and its trim margins. */
export function keptSamples(options: SpeechLikeOptions, marginSeconds: number): number {
  return Math.round(options.soundSeconds * options.sampleRate) + 2 * Math.min(Math.round(options.padSeconds * options.sampleRate), Math.round(marginSeconds * options.sampleRate));
}

export function writeSpeechLikeWav(path: string, options: SpeechLikeOptions): void {
  writeFileSync(path, encodeWavFloat32(speechLike(options), options.sampleRate));
}
