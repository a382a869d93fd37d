import { voiceId, type VoiceRef, type VoiceSettings } from '../../../shared/voices';
import type { VoiceChoice } from './casting-types';

/**
 * What a voice is a variant of: one eSpeak NG language (`en-gb+f3` and `en-gb+m1` are variants of
 * `en-gb`), one Piper model (its speakers are variants of it), one Kokoro voice.
 */
export function voiceFamily(ref: VoiceRef): string {
  const base = ref.engine === 'espeak' ? ref.voice.split('+')[0]! : ref.voice;
  return `${ref.engine}:${base}`;
}

/** 0 for the same settings, towards 1 as pitch and speed move apart. */
export function settingsDistance(a: VoiceSettings, b: VoiceSettings): number {
  return Math.min(1, Math.abs(a.pitch - b.pitch) / 6 + Math.abs(a.speed - b.speed) / 0.3);
}

/**
 * How different two voice choices sound, 0 (the same) to 1 (other engines). Any two different voices
 * are further apart than any two settings of one voice: another engine 1, another model or language
 * of one engine 0.8, another speaker or variant of one model 0.6, one voice played differently at
 * most 0.4.
 */
export function voiceDistance(a: VoiceChoice, b: VoiceChoice): number {
  if (a.voice.engine !== b.voice.engine) return 1;
  if (voiceFamily(a.voice) !== voiceFamily(b.voice)) return 0.8;
  if (voiceId(a.voice) !== voiceId(b.voice)) return 0.6;
  return 0.4 * settingsDistance(a.settings, b.settings);
}

/** True when both play the same voice with the same settings: listeners cannot tell them apart. */
export function sameVoice(a: VoiceChoice, b: VoiceChoice): boolean {
  return voiceDistance(a, b) === 0;
}
