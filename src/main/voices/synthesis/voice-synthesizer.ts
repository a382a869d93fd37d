import { availableParallelism } from 'node:os';
import type { EngineId, VoiceInfo, VoiceRef, VoiceSettings } from '../../../shared/voices';
import type { SpeechInput, SynthesisResult } from '../engines/engine';
import { retry } from '../../jobs/retry';
import { WorkerFailure, type WorkerPool } from '../../jobs/worker-pool';
import type { VoiceWorkerTasks, WorkerEngineOptions } from './voice-worker-tasks';

export type VoiceRequest = SpeechInput & { voice: VoiceRef; settings: VoiceSettings };

export interface VoiceSynthesizerOptions {
  pool: WorkerPool;
  /** The model store's root folder (see `defaultModelsRoot`). */
  modelsRoot: string;
  /** Workers the pool runs at most: the cores are shared out among their model sessions. */
  workers: number;
}

/**
 * Synthesis for the main thread: every request runs in a worker of the pool, whose engines stay
 * warm between requests; the audio comes back on a shared buffer, without a copy. A request whose
 * worker died is tried once more on a fresh one.
 */
export class VoiceSynthesizer {
  private readonly engineOptions: WorkerEngineOptions;

  constructor(private readonly options: VoiceSynthesizerOptions) {
    this.engineOptions = { modelsRoot: options.modelsRoot, threads: Math.max(1, Math.floor(availableParallelism() / options.workers)) };
  }

  synthesize(request: VoiceRequest, signal?: AbortSignal): Promise<SynthesisResult> {
    return this.run('voices.synthesize', { ...request, ...this.engineOptions }, signal);
  }

  listVoices(): Promise<VoiceInfo[]> {
    return this.run('voices.list', this.engineOptions);
  }

  phonemize(text: string, language: string, engine: EngineId = 'espeak'): Promise<string> {
    return this.run('voices.phonemize', { ...this.engineOptions, engine, text, language });
  }

  /** Loads eSpeak NG in every worker at once, so that the first audition does not wait for it. */
  async warm(): Promise<void> {
    await Promise.all(Array.from({ length: this.options.workers }, () => this.run('voices.warm', this.engineOptions)));
  }

  private run<K extends keyof VoiceWorkerTasks>(task: K, input: VoiceWorkerTasks[K]['input'], signal?: AbortSignal): Promise<VoiceWorkerTasks[K]['output']> {
    return retry(() => this.options.pool.run<VoiceWorkerTasks[K]['output']>(task, input, { signal }), {
      attempts: 2,
      isTransient: (error) => error instanceof WorkerFailure,
      signal,
    });
  }
}
