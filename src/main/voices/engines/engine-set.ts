import type { EngineId, VoiceInfo } from '../../../shared/voices';
import type { SynthesisRequest, SynthesisResult, VoiceEngine } from './engine';
import { EspeakEngine } from './espeak/espeak-engine';
import { sharedEspeak, type EspeakModule } from './espeak/espeak-module';
import type { ModelStore } from './model-store';
import type { NeuralEngineOptions } from './neural/neural-engine-options';

export interface EngineSetOptions {
  models: ModelStore;
  /** Operator threads per neural model session. */
  threads?: number;
  espeak?: () => Promise<EspeakModule>;
}

/**
 * Every engine, behind one interface. eSpeak NG is always there; the neural engines and
 * onnxruntime load on first use, so a studio that only uses eSpeak NG never loads them.
 */
export class EngineSet {
  readonly espeak: EspeakEngine;
  private readonly neural = new Map<EngineId, Promise<VoiceEngine>>();

  constructor(private readonly options: EngineSetOptions) {
    this.espeak = new EspeakEngine(options.espeak ?? sharedEspeak);
  }

  async engine(id: EngineId): Promise<VoiceEngine> {
    if (id === 'espeak') return this.espeak;
    let engine = this.neural.get(id);
    if (!engine) {
      const options: NeuralEngineOptions = { models: this.options.models, phonemizer: this.espeak.phonemizer, threads: this.options.threads ?? 1 };
      engine =
        id === 'kokoro'
          ? import('./kokoro/kokoro-engine').then((m) => new m.KokoroEngine(options))
          : import('./piper/piper-engine').then((m) => new m.PiperEngine(options));
      this.neural.set(id, engine);
    }
    return engine;
  }

  async synthesize(request: SynthesisRequest): Promise<SynthesisResult> {
    return (await this.engine(request.voice.engine)).synthesize(request);
  }

  /** All voices of all engines; the neural engines list their installed models only. */
  async listVoices(): Promise<VoiceInfo[]> {
    const neural = (['kokoro', 'piper'] as const).filter((id) => this.options.models.list(id).length > 0);
    const lists = await Promise.all([this.espeak.listVoices(), ...neural.map(async (id) => (await this.engine(id)).listVoices())]);
    return lists.flat();
  }

  async phonemize(text: string, language: string, engine: EngineId = 'espeak'): Promise<string> {
    return (await this.engine(engine)).phonemize(text, language);
  }
}
