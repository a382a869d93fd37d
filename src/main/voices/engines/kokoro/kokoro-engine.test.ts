import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VoiceRef, VoiceSettings } from '../../../../shared/voices';
import { sharedEspeak } from '../espeak/espeak-module';
import { EspeakPhonemizer } from '../espeak/espeak-phonemizer';
import { FolderModelStore } from '../model-store';
import { peak, zeroCrossingRate } from '../testing/audio-measures';
import { fixtureDir, SAMPLES_PER_TOKEN, STYLE_ROW_STEP, writeKokoroFixture, type KokoroFixture } from '../testing/fixture-models';
import { KokoroEngine } from './kokoro-engine';
import { kokoroTokens } from './kokoro-vocab';

const phonemizer = new EspeakPhonemizer(sharedEspeak);
const plain: VoiceSettings = { speed: 1, pitch: 0 };
const emma: VoiceRef = { engine: 'kokoro', voice: 'bf_emma' };
const adam: VoiceRef = { engine: 'kokoro', voice: 'am_adam' };
let fixture: KokoroFixture;
let engine: KokoroEngine;

const engineOver = (root: string): KokoroEngine => new KokoroEngine({ models: new FolderModelStore(root), phonemizer, threads: 1 });

beforeAll(() => {
  const root = fixtureDir();
  fixture = writeKokoroFixture(join(root, 'kokoro', 'kokoro-v1.0'), { voices: { bf_emma: 0.1, am_adam: 0.5, af_heart: 0.3 } });
  engine = engineOver(root);
});

/** The tokens the engine should feed for a text in a voice: eSpeak NG's IPA in Kokoro's symbols. */
async function tokenCount(text: string, language = 'en-gb'): Promise<number> {
  return kokoroTokens(await engine.phonemize(text, language), new Map(Object.entries(fixture.vocab))).length;
}

describe('Kokoro engine on a generated Kokoro-shaped model', () => {
  it('feeds the tokens between pads and returns 24 kHz audio', async () => {
    const result = await engine.synthesize({ text: 'Hello there, my friend.', voice: emma, settings: plain });
    expect(result.sampleRate).toBe(24000);
    expect(result.samples.length).toBe(((await tokenCount('Hello there, my friend.')) + 2) * SAMPLES_PER_TOKEN);
  });

  it('picks the style for the number of tokens', async () => {
    for (const text of ['Hi.', 'It is a truth universally acknowledged.']) {
      const result = await engine.synthesize({ text, voice: emma, settings: plain });
      expect(peak(result.samples)).toBeCloseTo(0.1 + (await tokenCount(text)) * STYLE_ROW_STEP, 3);
    }
  });

  it('sends the speed to the model', async () => {
    const normal = await engine.synthesize({ text: 'Hello there.', voice: emma, settings: plain });
    const fast = await engine.synthesize({ text: 'Hello there.', voice: emma, settings: { speed: 2, pitch: 0 } });
    const slow = await engine.synthesize({ text: 'Hello there.', voice: emma, settings: { speed: 0.5, pitch: 0 } });
    expect(fast.samples.length).toBe(normal.samples.length / 2);
    expect(slow.samples.length).toBe(normal.samples.length * 2);
  });

  it('blends voices by mixing their styles: the result lies between its parts, by weight', async () => {
    const text = 'Hello there.';
    const row = (await tokenCount(text)) * STYLE_ROW_STEP;
    const loudness = async (settings: VoiceSettings): Promise<number> => peak((await engine.synthesize({ text, voice: emma, settings })).samples);
    expect(await loudness(plain)).toBeCloseTo(0.1 + row, 3);
    expect(await loudness({ speed: 1, pitch: 0, blend: [{ voice: adam, weight: 0.5 }] })).toBeCloseTo(0.3 + row, 3);
    expect(await loudness({ speed: 1, pitch: 0, blend: [{ voice: adam, weight: 0.25 }] })).toBeCloseTo(0.2 + row, 3);
    expect(await loudness({ speed: 1, pitch: 0, blend: [{ voice: adam, weight: 1 }] })).toBeCloseTo(0.5 + row, 3);
    const three = await loudness({ speed: 1, pitch: 0, blend: [{ voice: adam, weight: 0.25 }, { voice: { engine: 'kokoro', voice: 'af_heart' }, weight: 0.25 }] });
    expect(three).toBeCloseTo(0.5 * 0.1 + 0.25 * 0.5 + 0.25 * 0.3 + row, 3);
  });

  it('phonemises in the voice’s language: American and British voices read differently', async () => {
    expect(await engine.phonemize('The water is hot.', 'en-US')).not.toBe(await engine.phonemize('The water is hot.', 'en-GB'));
    const american = await engine.synthesize({ text: 'The water is hot.', voice: adam, settings: plain });
    expect(american.samples.length).toBe(((await tokenCount('The water is hot.', 'en-us')) + 2) * SAMPLES_PER_TOKEN);
  });

  it('splits a sentence longer than the model’s context and picks a style for each piece', async () => {
    const long = `${Array.from({ length: 45 }, (_, i) => `the ${['red', 'green', 'blue'][i % 3]} house number`).join(', ')}.`;
    const tokens = await tokenCount(long);
    expect(tokens).toBeGreaterThan(500);
    const result = await engine.synthesize({ text: long, voice: emma, settings: plain });
    expect(result.samples.length).toBeGreaterThan((tokens + 4) * SAMPLES_PER_TOKEN - 1);
    expect(result.samples.length).toBeLessThan((tokens + 20) * SAMPLES_PER_TOKEN);
    expect(peak(result.samples)).toBeLessThan(0.1 + 501 * STYLE_ROW_STEP);
  });

  it('reads older exports whose first input is `tokens`, and the onnx-community layout', async () => {
    const root = fixtureDir();
    writeKokoroFixture(join(root, 'kokoro', 'kokoro-v0.19'), { voices: { bf_emma: 0.1 }, firstInput: 'tokens' });
    const old = await engineOver(root).synthesize({ text: 'Hello there.', voice: emma, settings: plain });
    const community = fixtureDir();
    writeKokoroFixture(join(community, 'kokoro', 'onnx-community'), { voices: { bf_emma: 0.1 }, layout: 'folder', vocabFile: 'tokenizer.json' });
    const folder = await engineOver(community).synthesize({ text: 'Hello there.', voice: emma, settings: plain });
    const current = await engine.synthesize({ text: 'Hello there.', voice: emma, settings: plain });
    expect(Buffer.from(old.samples.buffer).equals(Buffer.from(current.samples.buffer))).toBe(true);
    expect(Buffer.from(folder.samples.buffer).equals(Buffer.from(current.samples.buffer))).toBe(true);
  });

  it('shifts pitch by resampling, keeping the length', async () => {
    const normal = await engine.synthesize({ text: 'Hello there, my friend.', voice: emma, settings: plain });
    const low = await engine.synthesize({ text: 'Hello there, my friend.', voice: emma, settings: { speed: 1, pitch: -12 } });
    expect(Math.abs(low.samples.length - normal.samples.length)).toBeLessThan(4);
    expect(zeroCrossingRate(low.samples, 24000) / zeroCrossingRate(normal.samples, 24000)).toBeCloseTo(0.5, 1);
  });

  it('times the words of each sentence inside that sentence’s audio', async () => {
    const first = await engine.synthesize({ text: 'Hello there.', voice: emma, settings: plain });
    const both = await engine.synthesize({ text: 'Hello there. Good morning.', voice: emma, settings: plain });
    expect(both.words?.map((w) => w.text)).toEqual(['Hello', 'there', 'Good', 'morning']);
    expect(both.words?.[1]?.endSample).toBeLessThanOrEqual(first.samples.length);
    expect(both.words?.[2]?.startSample).toBeGreaterThanOrEqual(first.samples.length);
    expect(both.words?.[3]?.endSample).toBeLessThanOrEqual(both.samples.length);
  });

  it('lists the voices of the installed models with language and gender from their names', async () => {
    const voices = await engine.listVoices();
    expect(voices.map((v) => [v.id, v.name, v.language, v.gender, v.accent])).toEqual([
      ['kokoro:af_heart', 'Heart', 'en-US', 'female', 'American'],
      ['kokoro:am_adam', 'Adam', 'en-US', 'male', 'American'],
      ['kokoro:bf_emma', 'Emma', 'en-GB', 'female', 'British'],
    ]);
  });

  it('refuses unknown voices, foreign blends and damaged voice files with a reason', async () => {
    await expect(engine.synthesize({ text: 'Hi', voice: { engine: 'kokoro', voice: 'zf_nobody' }, settings: plain })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(engineOver(fixtureDir()).synthesize({ text: 'Hi', voice: emma, settings: plain })).rejects.toThrow(/No Kokoro model is installed/);
    const foreign: VoiceSettings = { speed: 1, pitch: 0, blend: [{ voice: { engine: 'espeak', voice: 'en-gb' }, weight: 0.5 }] };
    await expect(engine.synthesize({ text: 'Hi', voice: emma, settings: foreign })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    const root = fixtureDir();
    const broken = writeKokoroFixture(join(root, 'kokoro', 'broken'), { voices: { bf_emma: 0.1 } });
    writeFileSync(broken.voicesPath, 'not voices');
    await expect(engineOver(root).synthesize({ text: 'Hi', voice: emma, settings: plain })).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
  });
});
