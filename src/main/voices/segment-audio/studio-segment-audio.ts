import type { WorkerPool } from '../../jobs/worker-pool';
import { EngineSet } from '../engines/engine-set';
import { FolderModelStore } from '../engines/model-store';
import { VoiceSynthesizer } from '../synthesis/voice-synthesizer';
import { ModelVersions } from './model-version';
import { SegmentAudio, type Synthesize } from './segment-audio';

export interface StudioSegmentAudioOptions {
  /** The studio's worker pool; without one (a test, a script) lines are synthesised in this thread. */
  pool: WorkerPool | null;
  workers: number;
  /** The model store's root (see `defaultModelsRoot`). */
  modelsRoot: string;
}

/** The segment audio service of a studio: synthesis on its worker pool, versions from its model store. */
export function studioSegmentAudio(options: StudioSegmentAudioOptions): SegmentAudio {
  const models = new FolderModelStore(options.modelsRoot);
  const versions = new ModelVersions(models);
  let synthesize: Synthesize;
  if (options.pool) {
    const synthesizer = new VoiceSynthesizer({ pool: options.pool, modelsRoot: options.modelsRoot, workers: options.workers });
    synthesize = (request, signal) => synthesizer.synthesize(request, signal);
  } else {
    const engines = new EngineSet({ models });
    synthesize = (request, signal) => engines.synthesize({ ...request, signal });
  }
  return new SegmentAudio({ synthesize, modelVersion: (voice) => versions.of(voice) });
}
