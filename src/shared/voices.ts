/** Voices as the whole studio names them: engines, voice references, per-voice settings. */
import type { Gender } from './script';

export const ENGINE_IDS = ['espeak', 'kokoro', 'piper'] as const;
export type EngineId = (typeof ENGINE_IDS)[number];

/**
 * One voice of one engine. `voice` is the engine's own name (`en-gb+f3` for eSpeak NG, `bf_emma` for
 * Kokoro, the model id `en_GB-alba-medium` for Piper); `speaker` picks a speaker of a multi-speaker model.
 */
export interface VoiceRef {
  engine: EngineId;
  voice: string;
  speaker?: number;
}

/** How a voice is played: the same text, voice and settings always give the same audio. */
export interface VoiceSettings {
  /** 1 is the voice's own pace; 0.5 to 2. */
  speed: number;
  /** Semitones up or down, -12 to 12. */
  pitch: number;
  /** Further voices mixed into this one where the engine can blend (Kokoro style vectors). */
  blend?: Array<{ voice: VoiceRef; weight: number }>;
}

export const DEFAULT_VOICE_SETTINGS: VoiceSettings = { speed: 1, pitch: 0 };

export interface VoiceInfo {
  ref: VoiceRef;
  /** Stable string form of `ref`, for keys and lists: `engine:voice[#speaker]`. */
  id: string;
  name: string;
  /** BCP 47 language tag, e.g. `en-GB`. */
  language: string;
  gender: Gender;
  accent: string;
  quality: 'low' | 'medium' | 'high';
  installed: boolean;
}

export function voiceId(ref: VoiceRef): string {
  return `${ref.engine}:${ref.voice}${ref.speaker === undefined ? '' : `#${ref.speaker}`}`;
}

/**
 * A piece of what is to be spoken: text, or IPA phonemes that bypass the engine's reading (lexicon
 * entries), with the written word they stand for so word timings can name it.
 */
export type SpeechPart = { text: string } | { phonemes: string; text?: string };

/** Where a word sits in synthesised audio, in samples at the audio's rate. */
export interface WordTiming {
  text: string;
  startSample: number;
  endSample: number;
}
