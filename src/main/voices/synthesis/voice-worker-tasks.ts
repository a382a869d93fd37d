import { threadId } from 'node:worker_threads';
import type { EngineId, VoiceInfo, VoiceRef, VoiceSettings } from '../../../shared/voices';
import type { SpeechInput, SynthesisResult } from '../engines/engine';
import type { EngineSet } from '../engines/engine-set';

/** Where a worker finds installed models, and how many operator threads each model session may use. */
export interface WorkerEngineOptions {
  modelsRoot: string;
  threads: number;
}

export type SynthesisTaskInput = SpeechInput & WorkerEngineOptions & { voice: VoiceRef; settings: VoiceSettings };

/** The voice tasks of the worker threads, declared once for the pool and the workers. */
export interface VoiceWorkerTasks {
  'voices.synthesize': { input: SynthesisTaskInput; output: SynthesisResult };
  'voices.list': { input: WorkerEngineOptions; output: VoiceInfo[] };
  'voices.phonemize': { input: WorkerEngineOptions & { engine: EngineId; text: string; language: string }; output: string };
  /** Loads eSpeak NG and its voice list; answers with the worker's thread id. */
  'voices.warm': { input: WorkerEngineOptions; output: number };
}

const engineSets = new Map<string, Promise<EngineSet>>();

/**
 * The worker's engines, created on its first voice task and kept: eSpeak NG stays loaded and every
 * model session stays open for the next task. Loaded lazily, so workers that only read PDFs never load them.
 */
function engines({ modelsRoot, threads }: WorkerEngineOptions): Promise<EngineSet> {
  const key = `${threads}:${modelsRoot}`;
  let set = engineSets.get(key);
  if (!set) {
    set = Promise.all([import('../engines/engine-set'), import('../engines/model-store')]).then(
      ([{ EngineSet }, { FolderModelStore }]) => new EngineSet({ models: new FolderModelStore(modelsRoot), threads }),
    );
    engineSets.set(key, set);
  }
  return set;
}

export const voiceWorkerTasks: { [K in keyof VoiceWorkerTasks]: (input: VoiceWorkerTasks[K]['input']) => Promise<VoiceWorkerTasks[K]['output']> } = {
  'voices.synthesize': async ({ modelsRoot, threads, ...request }) => (await engines({ modelsRoot, threads })).synthesize(request),
  'voices.list': async (options) => (await engines(options)).listVoices(),
  'voices.phonemize': async ({ engine, text, language, ...options }) => (await engines(options)).phonemize(text, language, engine),
  'voices.warm': async (options) => {
    const set = await engines(options);
    await set.espeak.listVoices();
    await set.espeak.voiceArgument('en');
    return threadId;
  },
};
