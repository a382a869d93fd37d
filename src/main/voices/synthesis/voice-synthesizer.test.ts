import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/errors';
import { WorkerPool } from '../../jobs/worker-pool';
import { EspeakEngine } from '../engines/espeak/espeak-engine';
import { sharedEspeak } from '../engines/espeak/espeak-module';
import { fixtureDir, installFixtureModels } from '../engines/testing/fixture-models';
import { VoiceSynthesizer } from './voice-synthesizer';

const workerFile = fileURLToPath(new URL('../../jobs/worker-entry.ts', import.meta.url));
const LINE = 'Mr Bennet was among the earliest of those who waited on Mr Bingley.';
const plain = { speed: 1, pitch: 0 };
let pool: WorkerPool;
let synthesizer: VoiceSynthesizer;

beforeAll(() => {
  const modelsRoot = fixtureDir();
  installFixtureModels(modelsRoot);
  pool = new WorkerPool({ file: workerFile, size: 2 });
  synthesizer = new VoiceSynthesizer({ pool, modelsRoot, workers: 2 });
});

afterAll(async () => {
  await pool.close();
});

describe('VoiceSynthesizer over the worker pool', () => {
  it('loads eSpeak NG in every worker at once when warmed', async () => {
    await synthesizer.warm();
    const threads = await Promise.all([1, 2].map(() => pool.run<number>('voices.warm', { modelsRoot: fixtureDir(), threads: 1 })));
    expect(new Set(threads).size).toBe(2);
    expect(pool.workerCount).toBe(2);
  });

  it('synthesises in a worker exactly what the engine gives in this thread, on a shared buffer', async () => {
    const fromWorker = await synthesizer.synthesize({ text: LINE, voice: { engine: 'espeak', voice: 'en-gb+f2' }, settings: plain });
    const here = await new EspeakEngine(sharedEspeak).synthesize({ text: LINE, voice: { engine: 'espeak', voice: 'en-gb+f2' }, settings: plain });
    expect(fromWorker.samples.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(fromWorker.sampleRate).toBe(here.sampleRate);
    expect(Buffer.from(fromWorker.samples.buffer).equals(Buffer.from(here.samples.buffer))).toBe(true);
    expect(fromWorker.words).toEqual(here.words);
  });

  it('runs the neural engines in the workers on installed models', async () => {
    const piper = await synthesizer.synthesize({ text: 'Hello there.', voice: { engine: 'piper', voice: 'en_GB-fixture_multi-medium', speaker: 2 }, settings: plain });
    const kokoro = await synthesizer.synthesize({
      text: 'Hello there.',
      voice: { engine: 'kokoro', voice: 'bf_emma' },
      settings: { speed: 1.5, pitch: 0, blend: [{ voice: { engine: 'kokoro', voice: 'am_adam' }, weight: 0.5 }] },
    });
    expect(piper.sampleRate).toBe(22050);
    expect(kokoro.sampleRate).toBe(24000);
    expect(piper.samples.length).toBeGreaterThan(0);
    expect(kokoro.words?.map((w) => w.text)).toEqual(['Hello', 'there']);
  });

  it('lists every engine’s voices and phonemises through the workers', async () => {
    const voices = await synthesizer.listVoices();
    const engines = new Set(voices.map((v) => v.ref.engine));
    expect([...engines].sort()).toEqual(['espeak', 'kokoro', 'piper']);
    expect(voices.filter((v) => v.ref.engine === 'piper')).toHaveLength(5);
    expect(await synthesizer.phonemize('Hello, world!', 'en-US', 'kokoro')).toBe('həlˈoʊ, wˈɜːld!');
  });

  it('keeps a refusal a StudioError across the thread boundary', async () => {
    const error = await synthesizer.synthesize({ text: 'Hi', voice: { engine: 'piper', voice: 'xx_XX-none-low' }, settings: plain }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StudioError);
    expect((error as StudioError).code).toBe('NOT_FOUND');
  });

  it('cancels a request and keeps serving', async () => {
    const controller = new AbortController();
    const long = synthesizer.synthesize({ text: LINE.repeat(40), voice: { engine: 'espeak', voice: 'en-gb' }, settings: plain }, controller.signal);
    setTimeout(() => controller.abort(new Error('stopped')), 5);
    await expect(long).rejects.toThrow('stopped');
    const after = await synthesizer.synthesize({ text: 'Still here.', voice: { engine: 'espeak', voice: 'en-gb' }, settings: plain });
    expect(after.samples.length).toBeGreaterThan(0);
  });
});
