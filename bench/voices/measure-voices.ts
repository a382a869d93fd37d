// Voice synthesis, measured in one run on this machine:
//   throughput of eSpeak NG on 40 sentences of Pride and Prejudice with two workers against one
//     (target: ratio >= 1.7 on two cores);
//   first audio of an auditioned line in a warm worker (target: <= 300 ms);
//   the real-time factor of each engine that runs here. The Piper and Kokoro models generated for
//     the tests only show the engines' own overhead (phonemes, tensors, resampling); to measure real
//     models, point these at downloaded files:
//       DRAMATIS_BENCH_PIPER=/path/en_GB-alba-medium.onnx   (its .onnx.json beside it)
//       DRAMATIS_BENCH_KOKORO=/path/kokoro                  (model.onnx or kokoro-v1.0.onnx, voices-v1.0.bin or
//                                                            voices/, config.json or tokenizer.json)
//       DRAMATIS_BENCH_KOKORO_VOICE=af_heart                 (the voice to use, af_heart by default)
//
//   npx tsx bench/voices/measure-voices.ts [--json] [--runs N]
// Runs the built worker (out/main/worker.js, what users run) when it exists, else the sources through tsx.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { VoiceRef } from '../../src/shared/voices';
import { WorkerPool } from '../../src/main/jobs/worker-pool';
import { splitSentences } from '../../src/main/voices/engines/text/sections';
import { fixtureDir, installFixtureModels } from '../../src/main/voices/engines/testing/fixture-models';
import { VoiceSynthesizer, type VoiceRequest } from '../../src/main/voices/synthesis/voice-synthesizer';

const root = fileURLToPath(new URL('../..', import.meta.url));
const corpus = process.env.DRAMATIS_CORPUS ?? join(root, '../shared/corpus');
const builtWorker = join(root, 'out/main/worker.js');
const workerFile = existsSync(builtWorker) ? builtWorker : join(root, 'src/main/jobs/worker-entry.ts');
const CAST = ['en-gb', 'en-gb+f3', 'en-us+m3', 'en-gb+Annie'];

interface Row {
  measure: string;
  value: number;
  unit: string;
  target: string;
  pass?: boolean;
}

/** The first 40 sentences of Pride and Prejudice of 20 to 300 characters, from its opening line. */
function sentences(): string[] {
  const text = readFileSync(join(corpus, 'txt/pride-and-prejudice.txt'), 'utf8');
  const start = text.indexOf('It is a truth universally acknowledged');
  const body = text.slice(start, start + 40_000).replace(/\s+/g, ' ');
  return splitSentences(body)
    .map((s) => s.trim())
    .filter((s) => s.length >= 20 && s.length <= 300)
    .slice(0, 40);
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const espeak = (i: number): VoiceRef => ({ engine: 'espeak', voice: CAST[i % CAST.length] ?? 'en-gb' });

async function withSynthesizer<T>(workers: number, modelsRoot: string, use: (s: VoiceSynthesizer) => Promise<T>): Promise<T> {
  const pool = new WorkerPool({ file: workerFile, size: workers, maxYoungGenerationSizeMb: 16 });
  try {
    return await use(new VoiceSynthesizer({ pool, modelsRoot, workers }));
  } finally {
    await pool.close();
  }
}

/** Wall time and audio length of all requests at once: the pool queues them over its workers. */
async function timeAll(synthesizer: VoiceSynthesizer, requests: VoiceRequest[]): Promise<{ ms: number; audioSeconds: number }> {
  const started = performance.now();
  const results = await Promise.all(requests.map((r) => synthesizer.synthesize(r)));
  return { ms: performance.now() - started, audioSeconds: results.reduce((sum, r) => sum + r.samples.length / r.sampleRate, 0) };
}

/**
 * One worker against two, measured in alternation (1, 2, 2, 1, ...) with both pools warm, so that a
 * change in the machine's load between runs falls on both alike.
 */
async function throughput(lines: string[], runs: number, modelsRoot: string): Promise<Record<1 | 2, { ms: number; audioSeconds: number }>> {
  const requests = lines.map((text, i) => ({ text, voice: espeak(i), settings: { speed: 1, pitch: 0 } }));
  return withSynthesizer(1, modelsRoot, (one) =>
    withSynthesizer(2, modelsRoot, async (two) => {
      const pools = { 1: one, 2: two } as const;
      for (const synthesizer of [one, two]) {
        await synthesizer.warm();
        await timeAll(synthesizer, requests.slice(0, 8));
      }
      const times: Record<1 | 2, Array<{ ms: number; audioSeconds: number }>> = { 1: [], 2: [] };
      for (let run = 0; run < runs; run++) {
        for (const workers of run % 2 === 0 ? ([1, 2] as const) : ([2, 1] as const)) times[workers].push(await timeAll(pools[workers], requests));
      }
      const summary = (t: Array<{ ms: number; audioSeconds: number }>) => ({ ms: median(t.map((x) => x.ms)), audioSeconds: t[0]?.audioSeconds ?? 0 });
      return { 1: summary(times[1]), 2: summary(times[2]) };
    }),
  );
}

async function firstAudio(lines: string[], runs: number, modelsRoot: string): Promise<{ warmMs: number; coldMs: number }> {
  const cold = await withSynthesizer(1, modelsRoot, async (synthesizer) => {
    const started = performance.now();
    await synthesizer.synthesize({ text: lines[0] ?? '', voice: espeak(0), settings: { speed: 1, pitch: 0 } });
    return performance.now() - started;
  });
  const warm = await withSynthesizer(2, modelsRoot, async (synthesizer) => {
    await synthesizer.warm();
    const times: number[] = [];
    for (let run = 0; run < Math.max(runs, 5); run++) {
      const started = performance.now();
      await synthesizer.synthesize({ text: lines[run + 1] ?? '', voice: espeak(run), settings: { speed: 1, pitch: 0 } });
      times.push(performance.now() - started);
    }
    return median(times);
  });
  return { warmMs: warm, coldMs: cold };
}

/**
 * The same split of plain CPU work over one and two threads: how much parallel room the machine has
 * right now. When it is shared with other busy processes, this falls below 2 and so does the ratio.
 */
async function cpuControl(): Promise<number> {
  const code = `const { parentPort, workerData } = require('node:worker_threads');
    parentPort.once('message', () => { let x = 0; for (let i = 0; i < workerData; i++) x += Math.sqrt(i); parentPort.postMessage(x); });`;
  const time = async (threads: number): Promise<number> => {
    const workers = Array.from({ length: threads }, () => new Worker(code, { eval: true, workerData: 4e8 / threads }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await Promise.all(workers.map((w) => new Promise((resolve) => (w.once('message', resolve), w.postMessage('go')))));
    const ms = performance.now() - started;
    await Promise.all(workers.map((w) => w.terminate()));
    return ms;
  };
  return (await time(1)) / (await time(2));
}

/** Synthesis time over audio time, one line after another in one warm worker. */
async function realTimeFactor(lines: string[], voice: VoiceRef, modelsRoot: string): Promise<number> {
  return withSynthesizer(1, modelsRoot, async (synthesizer) => {
    const requests = lines.map((text) => ({ text, voice, settings: { speed: 1, pitch: 0 } }));
    await synthesizer.synthesize(requests[0] ?? { text: 'Hello.', voice, settings: { speed: 1, pitch: 0 } });
    let ms = 0;
    let audio = 0;
    for (const request of requests) {
      const started = performance.now();
      const result = await synthesizer.synthesize(request);
      ms += performance.now() - started;
      audio += result.samples.length / result.sampleRate;
    }
    return ms / 1000 / audio;
  });
}

/** A model store holding the real models named by the environment, linked under the store's names. */
function realModels(): { modelsRoot: string; voices: Array<{ label: string; voice: VoiceRef }> } {
  const modelsRoot = fixtureDir('dramatis-bench-models-');
  const voices: Array<{ label: string; voice: VoiceRef }> = [];
  const link = (target: string, dir: string, name: string): void => {
    mkdirSync(dir, { recursive: true });
    symlinkSync(target, join(dir, name));
  };
  const piper = process.env.DRAMATIS_BENCH_PIPER;
  if (piper && existsSync(piper) && existsSync(`${piper}.json`)) {
    const id = basename(piper, '.onnx');
    const dir = join(modelsRoot, 'piper', id);
    link(piper, dir, 'model.onnx');
    link(`${piper}.json`, dir, 'model.onnx.json');
    voices.push({ label: `Piper ${id}`, voice: { engine: 'piper', voice: id } });
  }
  const kokoro = process.env.DRAMATIS_BENCH_KOKORO;
  if (kokoro && existsSync(kokoro) && statSync(kokoro).isDirectory()) {
    const files = readdirSync(kokoro);
    const pick = (...names: Array<string | RegExp>): string | undefined =>
      names.map((n) => files.find((f) => (typeof n === 'string' ? f === n : n.test(f)))).find((f) => f !== undefined);
    const model = pick('model.onnx', /^kokoro.*\.onnx$/, /\.onnx$/);
    const voicesFile = pick('voices.bin', /^voices.*\.(bin|npz|json)$/, 'voices');
    const vocab = pick('config.json', 'tokenizer.json');
    if (model && voicesFile && vocab) {
      const dir = join(modelsRoot, 'kokoro', 'bench');
      link(join(kokoro, model), dir, 'model.onnx');
      link(join(kokoro, voicesFile), dir, statSync(join(kokoro, voicesFile)).isDirectory() ? 'voices' : 'voices.bin');
      link(join(kokoro, vocab), dir, vocab);
      const voice = process.env.DRAMATIS_BENCH_KOKORO_VOICE ?? 'af_heart';
      voices.push({ label: `Kokoro ${model} ${voice}`, voice: { engine: 'kokoro', voice } });
    }
  }
  return { modelsRoot, voices };
}

export async function measureVoices(runs: number): Promise<Row[]> {
  const lines = sentences();
  const fixtures = fixtureDir('dramatis-bench-fixtures-');
  installFixtureModels(fixtures);
  const rows: Row[] = [];
  const { 1: one, 2: two } = await throughput(lines, runs, fixtures);
  const ratio = one.ms / two.ms;
  const control = await cpuControl();
  rows.push({ measure: `eSpeak NG, ${lines.length} sentences, 1 worker (audio s per s)`, value: round(one.audioSeconds / (one.ms / 1000)), unit: 'x', target: '' });
  rows.push({ measure: `eSpeak NG, ${lines.length} sentences, 2 workers (audio s per s)`, value: round(two.audioSeconds / (two.ms / 1000)), unit: 'x', target: '' });
  rows.push({ measure: `Throughput, 2 workers / 1 (${availableParallelism()} cores)`, value: round(ratio), unit: 'ratio', target: '>= 1.7', pass: ratio >= 1.7 });
  rows.push({ measure: 'Control: plain CPU work, 2 threads / 1 (the room the machine had)', value: round(control), unit: 'ratio', target: '' });
  const first = await firstAudio(lines, runs, fixtures);
  rows.push({ measure: 'First audio of an auditioned line, warm worker (eSpeak NG)', value: Math.round(first.warmMs), unit: 'ms', target: '<= 300', pass: first.warmMs <= 300 });
  rows.push({ measure: 'First audio with a new worker (start-up included)', value: Math.round(first.coldMs), unit: 'ms', target: '' });
  const sample = lines.slice(0, 10);
  rows.push({ measure: 'Real-time factor, eSpeak NG', value: round(await realTimeFactor(sample, espeak(0), fixtures), 3), unit: 'RTF', target: '' });
  rows.push({
    measure: 'Real-time factor, Piper engine on a test model (overhead only)',
    value: round(await realTimeFactor(sample, { engine: 'piper', voice: 'en_GB-fixture-medium' }, fixtures), 3),
    unit: 'RTF',
    target: '',
  });
  rows.push({
    measure: 'Real-time factor, Kokoro engine on a test model (overhead only)',
    value: round(await realTimeFactor(sample, { engine: 'kokoro', voice: 'bf_emma' }, fixtures), 3),
    unit: 'RTF',
    target: '',
  });
  const real = realModels();
  for (const { label, voice } of real.voices) {
    rows.push({ measure: `Real-time factor, ${label}`, value: round(await realTimeFactor(sample, voice, real.modelsRoot), 3), unit: 'RTF', target: '' });
  }
  if (real.voices.length === 0) {
    rows.push({ measure: 'Real Piper/Kokoro models: set DRAMATIS_BENCH_PIPER / DRAMATIS_BENCH_KOKORO', value: NaN, unit: '', target: '' });
  }
  return rows;
}

function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, runs: { type: 'string' } } });
  const runs = Number(values.runs ?? process.env.BENCH_RUNS ?? 5);
  const rows = await measureVoices(runs);
  if (values.json) console.log(JSON.stringify(rows));
  else {
    console.log(`Voices (worker: ${workerFile.replace(dirname(root), '')})`);
    console.table(rows);
  }
  process.exitCode = rows.some((r) => r.pass === false) ? 1 : 0;
}
