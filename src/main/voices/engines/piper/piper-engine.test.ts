import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { StudioError } from '../../../../shared/errors';
import type { VoiceRef, VoiceSettings } from '../../../../shared/voices';
import { EspeakPhonemizer } from '../espeak/espeak-phonemizer';
import { sharedEspeak } from '../espeak/espeak-module';
import { FolderModelStore } from '../model-store';
import { peak, zeroCrossingRate } from '../testing/audio-measures';
import { fixtureDir, SAMPLES_PER_PHONEME, writePiperFixture, type PiperFixture } from '../testing/fixture-models';
import { PiperEngine } from './piper-engine';
import { piperPhonemeIds } from './piper-ids';

const root = fixtureDir();
let engine: PiperEngine;
let germanFixture: PiperFixture;
const single: VoiceRef = { engine: 'piper', voice: 'en_GB-fixture-medium' };
const multi = (speaker: number): VoiceRef => ({ engine: 'piper', voice: 'en_GB-fixture_multi-medium', speaker });
const plain: VoiceSettings = { speed: 1, pitch: 0 };
const GAP = Math.round(22050 * 0.2);

beforeAll(() => {
  writePiperFixture(join(root, 'piper', 'en_GB-fixture-medium'));
  writePiperFixture(join(root, 'piper', 'en_GB-fixture_multi-medium'), { speakers: 4 });
  germanFixture = writePiperFixture(join(root, 'piper', 'de_DE-fixture-low'), { espeakVoice: 'de', sampleRate: 16000 });
  engine = new PiperEngine({ models: new FolderModelStore(root), phonemizer: new EspeakPhonemizer(sharedEspeak), threads: 1 });
});

describe('Piper engine on a generated Piper-shaped model', () => {
  it('feeds ^, the padded phoneme ids of eSpeak NG’s IPA and $, and returns the model’s samples', async () => {
    const result = await engine.synthesize({ text: 'Hello, world.', voice: single, settings: plain });
    const phonemes = await engine.phonemize('Hello, world.', 'en-gb');
    expect(phonemes).toBe('həlˈəʊ, wˈɜːld.');
    // The fixture speaks SAMPLES_PER_PHONEME samples per id at length scale 1.
    const ids = 2 + 2 * [...phonemes.normalize('NFD')].length + 1;
    expect(result.samples.length).toBe(ids * SAMPLES_PER_PHONEME);
    expect(result.sampleRate).toBe(22050);
  });

  it('uses the configuration’s noise scale and the speed through the length scale', async () => {
    const normal = await engine.synthesize({ text: 'Hello there.', voice: single, settings: plain });
    const fast = await engine.synthesize({ text: 'Hello there.', voice: single, settings: { speed: 2, pitch: 0 } });
    expect(fast.samples.length).toBe(normal.samples.length / 2);
    expect(peak(normal.samples)).toBeCloseTo(0.667 * 0.2, 2);
  });

  it('runs one sentence at a time, with Piper’s pause between them and each sentence timed', async () => {
    const one = await engine.synthesize({ text: 'Hello there.', voice: single, settings: plain });
    const two = await engine.synthesize({ text: 'Hello there. Hello there.', voice: single, settings: plain });
    expect(two.samples.length).toBe(2 * one.samples.length + GAP);
    const second = two.words?.[2];
    expect(second?.text).toBe('Hello');
    expect(second?.startSample).toBeGreaterThanOrEqual(one.samples.length + GAP);
  });

  it('gives each speaker of a multi-speaker model its own voice, and feeds sid only where the model has it', async () => {
    const loudness = await Promise.all([0, 1, 3].map(async (s) => peak((await engine.synthesize({ text: 'Hello there.', voice: multi(s), settings: plain })).samples)));
    expect(loudness[0]).toBeCloseTo(0.667 * 0.2, 2);
    expect(loudness[1]).toBeCloseTo(0.667 * 0.3, 2);
    expect(loudness[2]).toBeCloseTo(0.667 * 0.5, 2);
    await expect(engine.synthesize({ text: 'Hello', voice: multi(4), settings: plain })).rejects.toBeInstanceOf(StudioError);
    await expect(engine.synthesize({ text: 'Hello', voice: { ...single, speaker: 1 }, settings: plain })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
  });

  it('lists one voice per speaker, with the language and quality of the configuration', async () => {
    const voices = await engine.listVoices();
    expect(voices.map((v) => v.id)).toEqual([
      'piper:de_DE-fixture-low',
      'piper:en_GB-fixture-medium',
      'piper:en_GB-fixture_multi-medium#0',
      'piper:en_GB-fixture_multi-medium#1',
      'piper:en_GB-fixture_multi-medium#2',
      'piper:en_GB-fixture_multi-medium#3',
    ]);
    expect(voices[1]).toMatchObject({ language: 'en-GB', quality: 'medium', accent: 'Great Britain', installed: true });
    expect(voices[3]?.name).toBe('Fixture_multi speaker_1');
  });

  it('phonemises in the voice’s own eSpeak NG language at its own sample rate', async () => {
    const text = 'Ich weiß es nicht.';
    const german = await engine.synthesize({ text, voice: { engine: 'piper', voice: 'de_DE-fixture-low' }, settings: plain });
    expect(german.sampleRate).toBe(16000);
    const ipa = await engine.phonemize(text, 'de');
    expect(ipa).not.toBe(await engine.phonemize(text, 'en-gb'));
    // ç is c and a combining cedilla in NFD, as Piper reads it; the fixture's map, like many, lacks the cedilla.
    const { ids, missing } = piperPhonemeIds(ipa, new Map(Object.entries(germanFixture.phonemeIdMap)));
    expect(missing).toEqual(['\u0327']);
    expect(german.samples.length).toBe(ids.length * SAMPLES_PER_PHONEME);
  });

  it('different phonemes of the same count give different audio of the same length', async () => {
    const a = await engine.synthesize({ text: 'See.', voice: single, settings: plain });
    const b = await engine.synthesize({ text: 'Two.', voice: single, settings: plain });
    expect(a.samples.length).toBe(b.samples.length);
    const [za, zb] = [zeroCrossingRate(a.samples, 22050), zeroCrossingRate(b.samples, 22050)];
    expect(Math.abs(za - zb) / za).toBeGreaterThan(0.01);
  });

  it('shifts pitch by resampling without changing the length', async () => {
    const normal = await engine.synthesize({ text: 'Hello there, my friend.', voice: single, settings: plain });
    const high = await engine.synthesize({ text: 'Hello there, my friend.', voice: single, settings: { speed: 1, pitch: 12 } });
    expect(Math.abs(high.samples.length - normal.samples.length)).toBeLessThan(4);
    expect(zeroCrossingRate(high.samples, 22050) / zeroCrossingRate(normal.samples, 22050)).toBeCloseTo(2, 1);
  });

  it('speaks lexicon phonemes as given', async () => {
    const given = await engine.synthesize({ parts: [{ phonemes: 'bɒb', text: 'Hermione' }], voice: single, settings: plain });
    expect(given.samples.length).toBe((2 + 2 * 3 + 1) * SAMPLES_PER_PHONEME);
    expect(given.words).toEqual([{ text: 'Hermione', startSample: expect.any(Number), endSample: expect.any(Number) }]);
  });

  it('loads a reinstalled voice afresh', async () => {
    const dir = join(root, 'piper', 'en_GB-reinstalled-medium');
    const voice: VoiceRef = { engine: 'piper', voice: 'en_GB-reinstalled-medium' };
    writePiperFixture(dir);
    const before = peak((await engine.synthesize({ text: 'Hello.', voice, settings: plain })).samples);
    writePiperFixture(dir, { speakers: 2 });
    const after = peak((await engine.synthesize({ text: 'Hello.', voice: { ...voice, speaker: 1 }, settings: plain })).samples);
    expect(after / before).toBeCloseTo(1.5, 2);
  });

  it('refuses a voice that is not installed, a damaged configuration, and blends', async () => {
    await expect(engine.synthesize({ text: 'Hi', voice: { engine: 'piper', voice: 'en_US-nobody-high' }, settings: plain })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    writePiperFixture(join(root, 'piper', 'en_GB-broken-medium'));
    writeFileSync(join(root, 'piper', 'en_GB-broken-medium', 'model.onnx.json'), '{"audio": {}}');
    await expect(engine.synthesize({ text: 'Hi', voice: { engine: 'piper', voice: 'en_GB-broken-medium' }, settings: plain })).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
    const blend: VoiceSettings = { speed: 1, pitch: 0, blend: [{ voice: multi(1), weight: 0.5 }] };
    await expect(engine.synthesize({ text: 'Hi', voice: single, settings: blend })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
  });
});
