import type { VoiceSettings } from '../../../shared/voices';

/**
 * Ways to play one voice so that two characters sharing it still differ, in order of preference:
 * the voice as it is first, then growing shifts of pitch (semitones) and pace, kept small enough that
 * the voice stays natural and its gender unchanged.
 */
export const VOICE_VARIANTS: readonly VoiceSettings[] = [
  { speed: 1, pitch: 0 },
  { speed: 1, pitch: 2 },
  { speed: 1, pitch: -2 },
  { speed: 1.08, pitch: 3 },
  { speed: 0.92, pitch: -3 },
  { speed: 1.1, pitch: 1 },
  { speed: 0.9, pitch: -1 },
  { speed: 1, pitch: 4 },
  { speed: 1, pitch: -4 },
];
