import type { VoiceInfo } from '../../../shared/voices';
import type { WorkerPool } from '../../jobs/worker-pool';
import { VoiceSynthesizer } from '../synthesis/voice-synthesizer';

/** Where the studio's engines run: the worker pool in the app, this thread where there is none. */
export interface EngineAccess {
  /** Every voice that can speak now: eSpeak NG's and the installed models'. */
  listVoices(): Promise<VoiceInfo[]>;
  /** Loads eSpeak NG ahead of the first audition. */
  warm(): Promise<void>;
}

export function pooledEngines(pool: WorkerPool, modelsRoot: string, workers: number): EngineAccess {
  const synthesizer = new VoiceSynthesizer({ pool, modelsRoot, workers });
  return {
    listVoices: () => synthesizer.listVoices(),
    warm: () => synthesizer.warm(),
  };
}

/**
 * The engines in this thread (a studio built without a worker script: tests, tools). The engine set
 * loads eSpeak NG and onnxruntime only when first used.
 */
export function inThreadEngines(modelsRoot: string): EngineAccess {
  const engines = Promise.all([import('../engines/engine-set'), import('../engines/model-store')]).then(
    ([{ EngineSet }, { FolderModelStore }]) => new EngineSet({ models: new FolderModelStore(modelsRoot) }),
  );
  return {
    listVoices: async () => (await engines).listVoices(),
    warm: async () => {
      await (await engines).espeak.listVoices();
    },
  };
}
