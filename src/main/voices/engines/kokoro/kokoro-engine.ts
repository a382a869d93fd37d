import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { StudioError } from '../../../../shared/errors';
import { voiceId, type VoiceInfo, type VoiceRef, type VoiceSettings } from '../../../../shared/voices';
import { pitchStep, resampleBy } from '../audio/resample';
import { concatSamples } from '../audio/shared-samples';
import { speechParts, throwIfAborted, type EngineCapabilities, type SynthesisRequest, type SynthesisResult, type VoiceEngine } from '../engine';
import type { InstalledModel } from '../model-store';
import { spokenSentences } from '../neural/spoken-sentences';
import { floatTensor, inputType, int32Tensor, int64Tensor, loadSession, runForAudio } from '../onnx/onnx-sessions';
import type { NeuralEngineOptions } from '../neural/neural-engine-options';
import { placeWords, type TimedSpan } from '../timing/word-timings';
import { kokoroGender, kokoroLanguage, kokoroLanguageKey, kokoroPhonemes } from './kokoro-language';
import { kokoroTokens, readKokoroVocab } from './kokoro-vocab';
import { KOKORO_STYLE_DIM, KokoroVoices } from './kokoro-voices';

export const KOKORO_SAMPLE_RATE = 24000;
/** The context is 512 tokens with the two pads; the styles go up to 509. */
const MAX_TOKENS = 500;

interface LoadedKokoro {
  model: InstalledModel;
  session: InferenceSession;
  vocab: Map<string, number>;
  voices: KokoroVoices;
  /** `input_ids` in current exports, `tokens` in older ones. */
  idsInput: string;
  speedType: string | null;
}

/**
 * Kokoro-82M: one model run per sentence (split further beyond 500 tokens), with the voice's style
 * for that many tokens, blended with other voices by mixing styles. Word timings: sentence
 * boundaries measured, words within estimated.
 */
export class KokoroEngine implements VoiceEngine {
  readonly id = 'kokoro' as const;
  readonly capabilities: EngineCapabilities = { blend: true, pitch: 'resampled', wordTimings: 'sentences-measured' };
  private readonly loaded = new Map<string, Promise<LoadedKokoro>>();
  private readonly voiceFiles = new Map<string, KokoroVoices>();

  constructor(private readonly options: NeuralEngineOptions) {}

  async listVoices(): Promise<VoiceInfo[]> {
    const voices: VoiceInfo[] = [];
    for (const model of this.options.models.list('kokoro')) {
      for (const name of this.voicesOf(model).names) {
        const ref = { engine: 'kokoro' as const, voice: name };
        const { tag, accent } = kokoroLanguage(name);
        const title = name.split('_').slice(1).join(' ') || name;
        voices.push({ ref, id: voiceId(ref), name: title.charAt(0).toUpperCase() + title.slice(1), language: tag, gender: kokoroGender(name), accent, quality: 'high', installed: true });
      }
    }
    return voices.filter((v, i) => voices.findIndex((w) => w.id === v.id) === i);
  }

  async phonemize(text: string, language: string): Promise<string> {
    const key = kokoroLanguageKey(language);
    return kokoroPhonemes(await this.options.phonemizer.withPunctuation(text, kokoroLanguage(key).espeak), key);
  }

  async synthesize(request: SynthesisRequest): Promise<SynthesisResult> {
    throwIfAborted(request.signal);
    const kokoro = await this.modelFor(request.voice.voice);
    const styles = blendStyles(kokoro.voices, request.voice, request.settings);
    const rows = styles.length / KOKORO_STYLE_DIM;
    const { espeak } = kokoroLanguage(request.voice.voice);
    const step = pitchStep(request.settings.pitch);
    const phonemize = async (texts: string[]): Promise<string[]> =>
      (await this.options.phonemizer.withPunctuationAll(texts, espeak)).map((ipa) => kokoroPhonemes(ipa, request.voice.voice));
    const sentences = await spokenSentences(speechParts(request), phonemize);
    const chunks: Float32Array[] = [];
    const spans: TimedSpan[] = [];
    let offset = 0;
    for (const sentence of sentences) {
      const start = offset;
      for (const piece of splitPhonemes(sentence.ipa, MAX_TOKENS)) {
        throwIfAborted(request.signal);
        const ids = kokoroTokens(piece, kokoro.vocab);
        if (ids.length === 0) continue;
        const row = Math.min(ids.length, rows - 1);
        // Pitch by resampling: the model speaks `step` times slower, resampling brings the pace back.
        const speed = request.settings.speed / step;
        const feeds: Record<string, Tensor> = {
          [kokoro.idsInput]: int64Tensor([0, ...ids, 0], [1, ids.length + 2]),
          style: floatTensor(styles.subarray(row * KOKORO_STYLE_DIM, (row + 1) * KOKORO_STYLE_DIM), [1, KOKORO_STYLE_DIM]),
          // A few exports declare the speed an int32; the rest, and the original, a float.
          speed: kokoro.speedType === 'int32' ? int32Tensor([Math.round(speed)], [1]) : floatTensor([speed], [1]),
        };
        const raw = await runForAudio(kokoro.session, feeds);
        const audio = step === 1 ? raw : resampleBy(raw, step);
        chunks.push(audio);
        offset += audio.length;
      }
      spans.push({ start, end: offset, words: sentence.words });
    }
    const samples = concatSamples(chunks);
    return { samples, sampleRate: KOKORO_SAMPLE_RATE, words: placeWords(samples, KOKORO_SAMPLE_RATE, spans) };
  }

  /** The installed model that has this voice (the first by name when several do). */
  private async modelFor(voice: string): Promise<LoadedKokoro> {
    const models = this.options.models.list('kokoro');
    if (models.length === 0) throw new StudioError('NOT_FOUND', 'No Kokoro model is installed. Install one from the voice library.');
    for (const model of models) {
      const loaded = await this.load(model);
      if (loaded.voices.has(voice)) return loaded;
    }
    throw new StudioError('NOT_FOUND', `No installed Kokoro model has the voice ${voice}.`);
  }

  /** A model's voices, read again only when the model is reinstalled. */
  private voicesOf(model: InstalledModel): KokoroVoices {
    const key = `${model.dir}#${model.stamp}`;
    let voices = this.voiceFiles.get(key);
    if (!voices) {
      voices = KokoroVoices.open(model.files.voices ?? '');
      this.voiceFiles.set(key, voices);
    }
    return voices;
  }

  private load(model: InstalledModel): Promise<LoadedKokoro> {
    const key = `${model.dir}#${model.stamp}`;
    let loaded = this.loaded.get(key);
    if (!loaded) {
      loaded = (async () => {
        const voices = this.voicesOf(model);
        const vocab = readKokoroVocab(model.files.vocab ?? '');
        const session = await loadSession(model.files.model ?? '', this.options.threads);
        const idsInput = session.inputNames.find((n) => n === 'input_ids' || n === 'tokens') ?? session.inputNames[0] ?? 'input_ids';
        return { model, session, vocab, voices, idsInput, speedType: inputType(session, 'speed') };
      })();
      loaded.catch(() => this.loaded.delete(key));
      this.loaded.set(key, loaded);
    }
    return loaded;
  }
}

/**
 * The voice's styles mixed with `settings.blend`: each blended voice takes its weight, the voice
 * itself what is left of 1 (nothing when the weights reach 1), and the mix is normalised.
 */
export function blendStyles(voices: KokoroVoices, voice: VoiceRef, settings: VoiceSettings): Float32Array {
  const blend = settings.blend ?? [];
  const own = voices.stylesOf(voice.voice);
  if (blend.length === 0) return own;
  for (const b of blend) {
    if (b.voice.engine !== 'kokoro') throw new StudioError('INVALID_REQUEST', `A Kokoro voice can only be blended with Kokoro voices, not ${voiceId(b.voice)}.`);
    if (!(b.weight >= 0)) throw new StudioError('INVALID_REQUEST', 'Blend weights must be zero or more.');
  }
  const parts = [{ styles: own, weight: Math.max(0, 1 - blend.reduce((sum, b) => sum + b.weight, 0)) }, ...blend.map((b) => ({ styles: voices.stylesOf(b.voice.voice), weight: b.weight }))];
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  if (total <= 0) return own;
  const length = Math.min(...parts.map((p) => p.styles.length));
  const mixed = new Float32Array(length);
  for (const { styles, weight } of parts) {
    const w = weight / total;
    for (let i = 0; i < length; i++) mixed[i] = (mixed[i] ?? 0) + (styles[i] ?? 0) * w;
  }
  return mixed;
}

/** Splits phonemes longer than `max` symbols after punctuation, else at a space. */
export function splitPhonemes(ipa: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = ipa.trim();
  while ([...rest].length > max) {
    const head = [...rest].slice(0, max).join('');
    const punctuation = Math.max(...[',', ';', ':', '.', '!', '?', '—'].map((p) => head.lastIndexOf(p)));
    const cut = punctuation > max / 3 ? punctuation + 1 : head.lastIndexOf(' ') > 0 ? head.lastIndexOf(' ') : head.length;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
