import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { StudioError } from '../../../../shared/errors';
import { voiceId, type VoiceInfo } from '../../../../shared/voices';
import { pitchStep, resampleBy } from '../audio/resample';
import { concatSamples } from '../audio/shared-samples';
import { speechParts, throwIfAborted, type EngineCapabilities, type SynthesisRequest, type SynthesisResult, type VoiceEngine } from '../engine';
import type { InstalledModel } from '../model-store';
import type { NeuralEngineOptions } from '../neural/neural-engine-options';
import { spokenSentences } from '../neural/spoken-sentences';
import { phonemeCount } from '../text/sections';
import { floatTensor, int64Tensor, loadSession, runForAudio } from '../onnx/onnx-sessions';
import { placeWords, type TimedSpan } from '../timing/word-timings';
import { readPiperConfig, type PiperConfig } from './piper-config';
import { piperPhonemeIds, piperPunctuation } from './piper-ids';

/** Piper's default pause between the sentences of one text. */
const SENTENCE_SILENCE_SECONDS = 0.2;

interface LoadedPiper {
  model: InstalledModel;
  config: PiperConfig;
  session: InferenceSession;
}

/**
 * Piper voices (VITS, exported to ONNX with a `.onnx.json`): one model run per sentence. Multi-speaker
 * models give one voice per speaker. Word timings: sentence boundaries measured, words within estimated.
 */
export class PiperEngine implements VoiceEngine {
  readonly id = 'piper' as const;
  readonly capabilities: EngineCapabilities = { blend: false, pitch: 'resampled', wordTimings: 'sentences-measured' };
  private readonly loaded = new Map<string, Promise<LoadedPiper>>();

  constructor(private readonly options: NeuralEngineOptions) {}

  async listVoices(): Promise<VoiceInfo[]> {
    return this.options.models.list('piper').flatMap((model) => piperVoices(model.id, readPiperConfig(model.files.config ?? '')));
  }

  async phonemize(text: string, language: string): Promise<string> {
    return piperPunctuation(await this.options.phonemizer.withPunctuation(text, language.replace('_', '-').toLowerCase()));
  }

  async synthesize(request: SynthesisRequest): Promise<SynthesisResult> {
    throwIfAborted(request.signal);
    if (request.settings.blend?.length) throw new StudioError('INVALID_REQUEST', 'Piper voices cannot be blended; only Kokoro voices can.');
    const { config, session } = await this.load(request.voice.voice);
    const speaker = request.voice.speaker ?? 0;
    if (!Number.isInteger(speaker) || speaker < 0 || speaker >= config.numSpeakers) {
      throw new StudioError('INVALID_REQUEST', `The Piper voice ${request.voice.voice} has ${config.numSpeakers} speaker${config.numSpeakers === 1 ? '' : 's'}; there is no speaker ${speaker}.`);
    }
    const step = pitchStep(request.settings.pitch);
    const phonemize = async (texts: string[]): Promise<string[]> =>
      config.phonemeType === 'text' ? texts.map((t) => t.toLowerCase()) : this.options.phonemizer.withPunctuationAll(texts, config.espeakVoice);
    const sentences = await spokenSentences(speechParts(request), phonemize);
    const chunks: Float32Array[] = [];
    const spans: TimedSpan[] = [];
    const gap = Math.round(config.sampleRate * SENTENCE_SILENCE_SECONDS);
    let offset = 0;
    for (const sentence of sentences) {
      throwIfAborted(request.signal);
      if (phonemeCount(sentence.ipa) === 0) continue;
      const { ids } = piperPhonemeIds(piperPunctuation(sentence.ipa), config.phonemeIdMap);
      const feeds: Record<string, Tensor> = {
        input: int64Tensor(ids, [1, ids.length]),
        input_lengths: int64Tensor([ids.length], [1]),
        // Pitch by resampling: the model speaks `step` times slower, resampling brings the pace back.
        scales: floatTensor([config.noiseScale, (config.lengthScale * step) / request.settings.speed, config.noiseW], [3]),
      };
      // onnxruntime ignores an input the model lacks without a word, so a speaker goes only where it is read.
      if (session.inputNames.includes('sid')) feeds.sid = int64Tensor([speaker], [1]);
      const raw = await runForAudio(session, feeds);
      const audio = step === 1 ? raw : resampleBy(raw, step);
      spans.push({ start: offset, end: offset + audio.length, words: sentence.words });
      chunks.push(audio);
      offset += audio.length + gap;
    }
    const samples = concatSamples(chunks, chunks.map((_, i) => (i < chunks.length - 1 ? gap : 0)));
    return { samples, sampleRate: config.sampleRate, words: placeWords(samples, config.sampleRate, spans) };
  }

  /** The model loaded once per worker, and again only when it is reinstalled. */
  private load(id: string): Promise<LoadedPiper> {
    const model = this.options.models.get('piper', id);
    if (!model) return Promise.reject(new StudioError('NOT_FOUND', `The Piper voice ${id} is not installed.`));
    const key = `${model.dir}#${model.stamp}`;
    let loaded = this.loaded.get(key);
    if (!loaded) {
      loaded = (async () => {
        const config = readPiperConfig(model.files.config ?? '');
        return { model, config, session: await loadSession(model.files.model ?? '', this.options.threads) };
      })();
      loaded.catch(() => this.loaded.delete(key));
      this.loaded.set(key, loaded);
    }
    return loaded;
  }
}

export function piperVoices(id: string, config: PiperConfig): VoiceInfo[] {
  const quality: VoiceInfo['quality'] = config.quality === 'high' ? 'high' : config.quality === 'medium' ? 'medium' : 'low';
  const title = id.split('-')[1] ?? id;
  const base = { language: config.language, gender: 'unknown' as const, accent: config.country, quality, installed: true };
  if (config.numSpeakers <= 1) {
    const ref = { engine: 'piper' as const, voice: id };
    return [{ ...base, ref, id: voiceId(ref), name: capitalise(title) }];
  }
  return Array.from({ length: config.numSpeakers }, (_, speaker) => {
    const ref = { engine: 'piper' as const, voice: id, speaker };
    return { ...base, ref, id: voiceId(ref), name: `${capitalise(title)} ${config.speakers.get(speaker) ?? `#${speaker}`}` };
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
