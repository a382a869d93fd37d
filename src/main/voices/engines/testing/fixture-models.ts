import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeZip } from '../../../import/zip/testing/write-zip';
import { KOKORO_STYLE_DIM, KOKORO_STYLE_ROWS } from '../kokoro/kokoro-voices';
import { OnnxGraph } from './onnx-graph';
import { ONNX_FLOAT, ONNX_INT64 } from './onnx-proto';
import { encodeNpy } from './npy';

/**
 * Tiny ONNX models with the inputs and outputs of real Piper and Kokoro exports, whose audio depends
 * on every input in a way a test can check:
 * - length: Piper `input_lengths × length_scale × SAMPLES_PER_PHONEME`, Kokoro `N × SAMPLES_PER_TOKEN / speed`;
 * - pitch: a sine whose frequency follows the mean phoneme id, so other text gives other audio;
 * - amplitude: Piper `noise_scale × (0.2 + 0.1 × sid)`, Kokoro the mean of the style vector.
 */
export const SAMPLES_PER_PHONEME = 64;
export const SAMPLES_PER_TOKEN = 120;

export function fixtureDir(prefix = 'dramatis-voices-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A sine over `length` samples whose frequency and amplitude are computed from the inputs. */
function sineOf(g: OnnxGraph, length: string, ids: string, amplitude: string): string {
  const range = g.op('Range', [g.floats([0]), length, g.floats([1])]);
  const meanId = g.op('ReduceMean', [g.op('Cast', [ids], { to: ONNX_FLOAT })], { keepdims: 0 });
  const frequency = g.op('Add', [g.op('Mul', [meanId, g.floats([0.002])]), g.floats([0.05])]);
  return g.op('Mul', [g.op('Sin', [g.op('Mul', [range, frequency])]), amplitude]);
}

export function piperModel(options: { speakers: boolean }): Uint8Array {
  const g = new OnnxGraph();
  const input = g.input('input', ONNX_INT64, [1, 'phonemes']);
  const lengths = g.input('input_lengths', ONNX_INT64, [1]);
  const scales = g.input('scales', ONNX_FLOAT, [3]);
  const noiseScale = g.op('Gather', [scales, g.int64s([0])], { axis: 0 });
  const lengthScale = g.op('Gather', [scales, g.int64s([1])], { axis: 0 });
  const phonemes = g.op('Cast', [lengths], { to: ONNX_FLOAT });
  const samples = g.op('ReduceSum', [g.op('Mul', [g.op('Mul', [phonemes, lengthScale]), g.floats([SAMPLES_PER_PHONEME])])], { keepdims: 0 });
  let voice = g.floats([0.2]);
  if (options.speakers) {
    const sid = g.op('Cast', [g.input('sid', ONNX_INT64, [1])], { to: ONNX_FLOAT });
    voice = g.op('Add', [voice, g.op('Mul', [sid, g.floats([0.1])])]);
  }
  const amplitude = g.op('ReduceSum', [g.op('Mul', [noiseScale, voice])], { keepdims: 0 });
  const wave = sineOf(g, samples, input, amplitude);
  g.output('output', ONNX_FLOAT, [1, 1, 1, 'time'], g.op('Reshape', [wave, g.int64s([1, 1, 1, -1], [4])]));
  return g.encode('dramatis-piper-fixture');
}

export function kokoroModel(options: { firstInput: 'input_ids' | 'tokens' }): Uint8Array {
  const g = new OnnxGraph();
  const ids = g.input(options.firstInput, ONNX_INT64, [1, 'tokens_count']);
  const style = g.input('style', ONNX_FLOAT, [1, KOKORO_STYLE_DIM]);
  const speed = g.input('speed', ONNX_FLOAT, [1]);
  const count = g.op('Cast', [g.op('Gather', [g.op('Shape', [ids]), g.int64s([1])], { axis: 0 })], { to: ONNX_FLOAT });
  const samples = g.op('ReduceSum', [g.op('Div', [g.op('Mul', [count, g.floats([SAMPLES_PER_TOKEN])]), speed])], { keepdims: 0 });
  const amplitude = g.op('ReduceMean', [style], { keepdims: 0 });
  const wave = sineOf(g, samples, ids, amplitude);
  g.output('waveform', ONNX_FLOAT, [1, 'time'], g.op('Reshape', [wave, g.int64s([1, -1], [2])]));
  return g.encode('dramatis-kokoro-fixture');
}

/** Every symbol eSpeak NG writes for the test languages, one id each, after Piper's specials. */
const PIPER_SYMBOLS = [
  '_', '^', '$', ' ', '!', "'", '(', ')', ',', '-', '.', ':', ';', '?',
  ...'abcdefghijklmnopqrstuvwxyz',
  ...'æçðøħŋœǀǁǂǃɐɑɒɓɔɕɖɗɘəɚɛɜɞɟɠɡɢɣɤɥɦɧɨɪɫɬɭɮɯɰɱɲɳɴɵɶɸɹɺɻɽɾʀʁʂʃʄʈʉʊʋʌʍʎʏʐʑʒʔʕʘʙʛʜʝʟʡʢʲˈˌːˑ˞βθχᵻⱱ',
  '\u0303', '\u0329', '\u032a', '\u032f', '\u0361', '\u0325',
];

export interface PiperFixture {
  modelPath: string;
  configPath: string;
  phonemeIdMap: Record<string, number[]>;
}

/**
 * Writes `model.onnx` and `model.onnx.json` (a Piper voice's `<id>.onnx` and `<id>.onnx.json`, under
 * the names the model store uses). `speakers` above 1 makes a multi-speaker model with a `sid` input
 * and a `speaker_id_map`; `omit` leaves symbols out of the phoneme map.
 */
export function writePiperFixture(dir: string, options: { speakers?: number; sampleRate?: number; espeakVoice?: string; omit?: string[] } = {}): PiperFixture {
  const speakers = options.speakers ?? 1;
  const phonemeIdMap: Record<string, number[]> = {};
  PIPER_SYMBOLS.filter((s) => !options.omit?.includes(s)).forEach((symbol, i) => (phonemeIdMap[symbol] = [i]));
  const config = {
    audio: { sample_rate: options.sampleRate ?? 22050, quality: 'medium' },
    espeak: { voice: options.espeakVoice ?? 'en-gb' },
    inference: { noise_scale: 0.667, length_scale: 1, noise_w: 0.8 },
    phoneme_type: 'espeak',
    phoneme_map: {},
    phoneme_id_map: phonemeIdMap,
    num_symbols: 256,
    num_speakers: speakers,
    speaker_id_map: speakers > 1 ? Object.fromEntries(Array.from({ length: speakers }, (_, i) => [`speaker_${i}`, i])) : {},
    piper_version: '1.0.0',
    language: { code: 'en_GB', family: 'en', region: 'GB', name_native: 'English', name_english: 'English', country_english: 'Great Britain' },
    dataset: 'fixture',
  };
  mkdirSync(dir, { recursive: true });
  const modelPath = join(dir, 'model.onnx');
  const configPath = `${modelPath}.json`;
  writeFileSync(modelPath, piperModel({ speakers: speakers > 1 }));
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  return { modelPath, configPath, phonemeIdMap };
}

/** Kokoro's symbols: punctuation, then IPA; id 0 is the pad that wraps every sequence. */
const KOKORO_SYMBOLS = [';', ':', ',', '.', '!', '?', '—', '…', '"', '(', ')', '“', '”', ' ', ...'abcdefghijklmnopqrstuvwxyz', ...'ɑɐɒæβɔɕçɖðʤəɚɛɜɟɡɥɨɪʝɯɰŋɳɲɴøɸθœɹɾɻʁɽʂʃʈʧʊʋʌɣɤχʎʒʔˈˌːʰʲ↓→↗↘ᵻ'];

/**
 * The style rows of a fixture voice: row r (the style for r tokens) is `base + r × STYLE_ROW_STEP`
 * in every dimension, so the amplitude of the audio tells which row and which blend were used.
 */
export const STYLE_ROW_STEP = 0.0004;

export function fixtureStyle(base: number): Float32Array {
  const data = new Float32Array(KOKORO_STYLE_ROWS * KOKORO_STYLE_DIM);
  for (let row = 0; row < KOKORO_STYLE_ROWS; row++) data.fill(base + row * STYLE_ROW_STEP, row * KOKORO_STYLE_DIM, (row + 1) * KOKORO_STYLE_DIM);
  return data;
}

export interface KokoroFixture {
  modelPath: string;
  voicesPath: string;
  configPath: string;
  vocab: Record<string, number>;
}

/**
 * Writes a Kokoro model, its `config.json` vocabulary and its voices: `npz` as kokoro-onnx ships
 * them (`voices-v1.0.bin`, a NumPy archive of 510×1×256 arrays, stored as `voices.bin`), or `folder`
 * as the onnx-community export does (`voices/<name>.bin`, raw float32).
 */
export function writeKokoroFixture(
  dir: string,
  options: { voices: Record<string, number>; firstInput?: 'input_ids' | 'tokens'; layout?: 'npz' | 'folder'; vocabFile?: 'config.json' | 'tokenizer.json' },
): KokoroFixture {
  mkdirSync(dir, { recursive: true });
  const vocab = Object.fromEntries(KOKORO_SYMBOLS.map((symbol, i) => [symbol, i + 1]));
  const modelPath = join(dir, 'model.onnx');
  const configPath = join(dir, options.vocabFile ?? 'config.json');
  writeFileSync(modelPath, kokoroModel({ firstInput: options.firstInput ?? 'input_ids' }));
  writeFileSync(configPath, JSON.stringify(options.vocabFile === 'tokenizer.json' ? { model: { type: 'WordLevel', vocab } } : { vocab, n_token: 178 }));
  let voicesPath: string;
  if ((options.layout ?? 'npz') === 'npz') {
    voicesPath = join(dir, 'voices.bin');
    const entries = Object.entries(options.voices).map(([name, base]) => ({
      name: `${name}.npy`,
      data: encodeNpy(fixtureStyle(base), [KOKORO_STYLE_ROWS, 1, KOKORO_STYLE_DIM]),
      store: true,
    }));
    writeFileSync(voicesPath, writeZip(entries));
  } else {
    voicesPath = join(dir, 'voices');
    mkdirSync(voicesPath, { recursive: true });
    for (const [name, base] of Object.entries(options.voices)) {
      writeFileSync(join(voicesPath, `${name}.bin`), new Uint8Array(fixtureStyle(base).buffer));
    }
  }
  return { modelPath, voicesPath, configPath, vocab };
}

/**
 * A model store holding every fixture: Piper `en_GB-fixture-medium` (one speaker) and
 * `en_GB-fixture_multi-medium` (four speakers), and Kokoro `kokoro-fixture` with voices
 * `bf_emma` (styles from 0.1), `am_adam` (from 0.5) and `af_heart` (from 0.3).
 */
export function installFixtureModels(root: string): void {
  writePiperFixture(join(root, 'piper', 'en_GB-fixture-medium'));
  writePiperFixture(join(root, 'piper', 'en_GB-fixture_multi-medium'), { speakers: 4 });
  writeKokoroFixture(join(root, 'kokoro', 'kokoro-fixture'), { voices: { bf_emma: 0.1, am_adam: 0.5, af_heart: 0.3 } });
}
