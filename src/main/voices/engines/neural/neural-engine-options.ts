import type { EspeakPhonemizer } from '../espeak/espeak-phonemizer';
import type { ModelStore } from '../model-store';

export interface NeuralEngineOptions {
  models: ModelStore;
  phonemizer: EspeakPhonemizer;
  /** Operator threads per model session. */
  threads: number;
}
