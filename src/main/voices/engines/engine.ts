import type { EngineId, SpeechPart, VoiceInfo, VoiceRef, VoiceSettings, WordTiming } from '../../../shared/voices';

/** What to say: plain text, IPA phonemes, or a mix (text with lexicon phonemes in place). */
export type SpeechInput = { text: string } | { phonemes: string } | { parts: SpeechPart[] };

export type SynthesisRequest = SpeechInput & {
  voice: VoiceRef;
  settings: VoiceSettings;
  signal?: AbortSignal;
};

export interface SynthesisResult {
  /** Mono PCM in -1..1. Backed by a SharedArrayBuffer, so it crosses threads without a copy. */
  samples: Float32Array;
  sampleRate: number;
  words?: WordTiming[];
}

export interface EngineCapabilities {
  /** Mixes `settings.blend` into the voice. */
  blend: boolean;
  /**
   * `native`: the engine's own pitch control (eSpeak NG's reaches about -7 to +9 semitones and is
   * resampled beyond); `resampled`: pitch shifted by resampling, which also moves the formants.
   */
  pitch: 'native' | 'resampled';
  /** How word timings are found (see each engine). */
  wordTimings: 'clauses-measured' | 'sentences-measured';
}

/** One speech engine: text or phonemes in, PCM out with its sample rate. */
export interface VoiceEngine {
  readonly id: EngineId;
  readonly capabilities: EngineCapabilities;
  /** The voices this engine can speak with now (installed models only). */
  listVoices(): Promise<VoiceInfo[]>;
  synthesize(request: SynthesisRequest): Promise<SynthesisResult>;
  /** The IPA this engine would speak for `text` in `language` (a BCP 47 tag or an eSpeak NG voice). */
  phonemize(text: string, language: string): Promise<string>;
}

/** The request as parts, whatever form it came in. */
export function speechParts(input: SpeechInput): SpeechPart[] {
  if ('parts' in input) return input.parts;
  if ('phonemes' in input) return [{ phonemes: input.phonemes }];
  return [{ text: input.text }];
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('aborted');
}
