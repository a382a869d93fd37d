import type { SpeechPart, VoiceRef, VoiceSettings } from '../../../shared/voices';
import type { LexiconMatcher } from '../../speech/lexicon-matcher';
import type { SynthesisResult } from '../engines/engine';
import type { AudioCache, CachedAudio } from './audio-cache';
import { prepareSpeech, type PreparedSpeech, type SegmentSpeech } from './prepare-speech';

/** What synthesis is asked for: an engine's input without the cache's concerns. */
export interface SpeechRequest {
  parts: SpeechPart[];
  voice: VoiceRef;
  settings: VoiceSettings;
}

/** Synthesises one line somewhere (a worker thread in the studio, this thread in a test). */
export type Synthesize = (request: SpeechRequest, signal?: AbortSignal) => Promise<SynthesisResult>;

export interface SegmentAudioOptions {
  synthesize: Synthesize;
  /** The version of the engine or model behind a voice: part of every cache key. */
  modelVersion: (voice: VoiceRef) => string;
}

export interface SegmentAudioResult extends CachedAudio {
  key: string;
  /** False when the audio came from the cache. */
  synthesised: boolean;
}

/**
 * The audio of a line, shared by rendering and audition: normalised, lexicon applied, synthesised
 * and stored in the content-addressed cache, or read from it when the same inputs were heard
 * before. Concurrent requests for the same audio share one synthesis.
 */
export class SegmentAudio {
  private readonly inFlight = new Map<string, Promise<SegmentAudioResult>>();

  constructor(private readonly options: SegmentAudioOptions) {}

  prepare(line: SegmentSpeech, lexicon: LexiconMatcher): PreparedSpeech {
    return prepareSpeech(line, lexicon, this.options.modelVersion(line.voice));
  }

  /** The cached audio of a prepared line, or null when it has not been synthesised yet. */
  cached(prepared: PreparedSpeech, cache: AudioCache): SegmentAudioResult | null {
    const found = cache.read(prepared.key);
    return found ? { ...found, key: prepared.key, synthesised: false } : null;
  }

  async audio(prepared: PreparedSpeech, cache: AudioCache, signal?: AbortSignal): Promise<SegmentAudioResult> {
    const hit = this.cached(prepared, cache);
    if (hit) return hit;
    const slot = `${cache.dir}\0${prepared.key}`;
    const running = this.inFlight.get(slot);
    if (running) return running.then((result) => ({ ...result, synthesised: false }));
    const work = this.synthesise(prepared, cache, signal).finally(() => this.inFlight.delete(slot));
    this.inFlight.set(slot, work);
    return work;
  }

  /** Prepares and fetches in one step: the audition path. */
  speak(line: SegmentSpeech, lexicon: LexiconMatcher, cache: AudioCache, signal?: AbortSignal): Promise<SegmentAudioResult> {
    return this.audio(this.prepare(line, lexicon), cache, signal);
  }

  private async synthesise(prepared: PreparedSpeech, cache: AudioCache, signal?: AbortSignal): Promise<SegmentAudioResult> {
    if (!isSpeakable(prepared.parts)) {
      return { ...cache.write(prepared.key, new Float32Array(0), SILENT_RATE), key: prepared.key, synthesised: false };
    }
    const { parts, voice, settings } = prepared;
    const result = await this.options.synthesize({ parts, voice, settings }, signal);
    signal?.throwIfAborted();
    return { ...cache.write(prepared.key, result.samples, result.sampleRate, result.words), key: prepared.key, synthesised: true };
  }
}

/** A line of only punctuation (a lone dash) says nothing: it is stored as empty audio, not synthesised. */
const SILENT_RATE = 22_050;

function isSpeakable(parts: readonly SpeechPart[]): boolean {
  return parts.some((part) => 'phonemes' in part || /[\p{L}\p{N}]/u.test(part.text));
}
