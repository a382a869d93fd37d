import type { VoiceSettings } from '../../../../shared/voices';
import { pitchStep } from '../audio/resample';

/** eSpeak NG's own rate, in words per minute: what speed 1 means. */
const DEFAULT_WPM = 175;

/**
 * eSpeak NG's pitch values (`-p`, 50 the voice's own) and the change they make, in semitones:
 * measured on the median pitch of six voices of this build, in steps of 10.
 */
const PITCH_CALIBRATION: ReadonlyArray<readonly [value: number, semitones: number]> = [
  [0, -6.8], [10, -5.7], [20, -4.35], [30, -3.1], [40, -1.62], [50, 0],
  [60, 1.71], [70, 3.25], [80, 5.13], [90, 7.02], [99, 8.65],
];

export interface EspeakSettings {
  args: string[];
  /**
   * eSpeak NG's pitch reaches only about -7 to +9 semitones; the rest is made by resampling: the
   * audio is synthesised `step` times slower and read back `step` times faster.
   */
  step: number;
}

export function espeakSettings(settings: VoiceSettings): EspeakSettings {
  const [lowest, highest] = [PITCH_CALIBRATION[0]?.[1] ?? 0, PITCH_CALIBRATION.at(-1)?.[1] ?? 0];
  const native = Math.min(highest, Math.max(lowest, settings.pitch));
  const step = pitchStep(settings.pitch - native);
  const wpm = Math.round(Math.min(450, Math.max(80, (DEFAULT_WPM * settings.speed) / step)));
  return { args: ['-s', String(wpm), '-p', String(pitchValue(native))], step };
}

/** The `-p` value for a change in semitones within eSpeak NG's range. */
function pitchValue(semitones: number): number {
  for (let i = 1; i < PITCH_CALIBRATION.length; i++) {
    const [v0, s0] = PITCH_CALIBRATION[i - 1] ?? [0, 0];
    const [v1, s1] = PITCH_CALIBRATION[i] ?? [0, 0];
    if (semitones <= s1) return Math.round(v0 + ((v1 - v0) * (semitones - s0)) / (s1 - s0));
  }
  return 99;
}
