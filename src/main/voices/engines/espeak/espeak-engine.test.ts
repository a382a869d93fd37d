import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../../shared/errors';
import type { VoiceSettings } from '../../../../shared/voices';
import type { SpeechInput } from '../engine';
import { medianPitch, rms } from '../testing/audio-measures';
import { EspeakEngine } from './espeak-engine';
import { EspeakModule, sharedEspeak } from './espeak-module';

const engine = new EspeakEngine(sharedEspeak);
const LINE = 'It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife.';
const plain: VoiceSettings = { speed: 1, pitch: 0 };
const say = (input: SpeechInput, voice = 'en-gb', settings: VoiceSettings = plain) => engine.synthesize({ ...input, voice: { engine: 'espeak', voice }, settings });

describe('eSpeak NG engine', () => {
  it('speaks a line as mono PCM at 22 050 Hz, on a shared buffer', async () => {
    const result = await say({ text: LINE });
    expect(result.sampleRate).toBe(22050);
    const seconds = result.samples.length / result.sampleRate;
    expect(seconds).toBeGreaterThan(4);
    expect(seconds).toBeLessThan(9);
    expect(rms(result.samples)).toBeGreaterThan(0.02);
    expect(result.samples.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('gives exactly the same audio for the same request, whatever ran in between', async () => {
    expect((await sharedEspeak()).partialRestore).toBe(true);
    const first = await say({ text: LINE }, 'en-gb');
    await say({ text: 'Bonjour, mon ami.' }, 'fr-fr', { speed: 1.7, pitch: 5 });
    await say({ text: LINE.repeat(30) }, 'en-us+f2', { speed: 0.6, pitch: -3 });
    await engine.listVoices();
    await say({ text: 'x' }, 'zz-none').catch(() => undefined);
    const again = await say({ text: LINE }, 'en-gb');
    expect(Buffer.from(again.samples.buffer).equals(Buffer.from(first.samples.buffer))).toBe(true);
    const fresh = await new EspeakEngine(() => EspeakModule.load()).synthesize({ text: LINE, voice: { engine: 'espeak', voice: 'en-gb' }, settings: plain });
    expect(Buffer.from(fresh.samples.buffer).equals(Buffer.from(first.samples.buffer))).toBe(true);
  });

  it('follows the speed setting', async () => {
    const normal = (await say({ text: LINE })).samples.length;
    const fast = (await say({ text: LINE }, 'en-gb', { speed: 2, pitch: 0 })).samples.length;
    const slow = (await say({ text: LINE }, 'en-gb', { speed: 0.5, pitch: 0 })).samples.length;
    expect(fast / normal).toBeLessThan(0.65);
    expect(slow / normal).toBeGreaterThan(1.6);
  });

  it('moves the pitch by about the semitones asked, beyond its own range by resampling', async () => {
    const pitchOf = async (semitones: number): Promise<number> => {
      const r = await say({ text: LINE }, 'en-gb+f3', { speed: 1, pitch: semitones });
      return medianPitch(r.samples, r.sampleRate);
    };
    const base = await pitchOf(0);
    for (const semitones of [-12, -5, 5, 12]) {
      const measured = 12 * Math.log2((await pitchOf(semitones)) / base);
      expect(Math.abs(measured - semitones)).toBeLessThan(1.5);
    }
    const normal = (await say({ text: LINE }, 'en-gb+f3')).samples.length;
    const low = (await say({ text: LINE }, 'en-gb+f3', { speed: 1, pitch: -12 })).samples.length;
    expect(low / normal).toBeGreaterThan(0.85);
    expect(low / normal).toBeLessThan(1.15);
  });

  it('applies voice variants: a female variant speaks higher than the default voice', async () => {
    const male = await say({ text: LINE }, 'en-gb');
    const female = await say({ text: LINE }, 'en-gb+f3');
    expect(medianPitch(female.samples, 22050)).toBeGreaterThan(medianPitch(male.samples, 22050) * 1.5);
  });

  it('speaks other languages', async () => {
    const french = await say({ text: 'Il était une fois une petite fille.' }, 'fr-fr');
    expect(rms(french.samples)).toBeGreaterThan(0.02);
    expect(await engine.phonemize('Très bien, merci.', 'fr-FR')).toBe('tʁɛ bjˈɛ̃, mɛʁsˈi.');
  });

  it('times every word, in order, inside the audio, with clause starts measured', async () => {
    const result = await say({ text: LINE });
    const words = result.words ?? [];
    expect(words.map((w) => w.text).join(' ')).toBe(LINE.replace(/[,.]/g, ''));
    for (const [i, w] of words.entries()) {
      expect(w.endSample).toBeGreaterThan(w.startSample);
      expect(w.startSample).toBeGreaterThanOrEqual(words[i - 1]?.endSample ?? 0);
      expect(w.endSample).toBeLessThanOrEqual(result.samples.length);
    }
    // The second clause starts where the first clause, spoken alone, ends.
    const firstClause = await say({ text: 'It is a truth universally acknowledged,' });
    const that = words.find((w) => w.text === 'that');
    expect(Math.abs((that?.startSample ?? 0) - firstClause.samples.length) / 22050).toBeLessThan(0.25);
  });

  it('speaks phoneme parts in place of the written word', async () => {
    const written = await say({ parts: [{ text: 'I met ' }, { text: 'Hermione' }, { text: ' today.' }] });
    const respelt = await say({ parts: [{ text: 'I met ' }, { phonemes: 'bɒb', text: 'Hermione' }, { text: ' today.' }] });
    expect(respelt.samples.length).toBeLessThan(written.samples.length - 0.2 * 22050);
    expect(respelt.words?.map((w) => w.text)).toEqual(['I', 'met', 'Hermione', 'today']);
    expect(await engine.phonemizer.clauses(['I met [[b0b]] today'], 'en-gb')).toEqual(['aɪ mˈɛt bɒb tədˈeɪ']);
  });

  it('reads text with brackets as text, never as phoneme input', async () => {
    expect(await engine.phonemize('a [[b0b]] c', 'en-gb')).not.toContain('bɒb');
  });

  it('keeps punctuation between phonemised stretches, as the neural voices need', async () => {
    expect(await engine.phonemize('Hello, world! Is it “true”?', 'en-GB')).toBe('həlˈəʊ, wˈɜːld! ɪz ˈɪt “tɹˈuː”?');
  });

  it('lists every language with male and female variants', async () => {
    const voices = await engine.listVoices();
    expect(new Set(voices.map((v) => v.id)).size).toBe(voices.length);
    const languages = new Set(voices.map((v) => v.language));
    for (const tag of ['en-GB', 'en-US', 'fr-FR', 'de', 'es', 'cmn', 'ja', 'hi']) expect(languages).toContain(tag);
    expect(languages.size).toBeGreaterThan(100);
    const british = voices.filter((v) => v.language === 'en-GB');
    expect(british.some((v) => v.gender === 'female')).toBe(true);
    expect(british.some((v) => v.gender === 'male')).toBe(true);
    expect(british.find((v) => v.ref.voice === 'en-gb+f3')).toMatchObject({ accent: 'Great Britain', quality: 'low', installed: true, gender: 'female' });
    const jyutping = voices.find((v) => v.ref.voice === 'sit/yue-Latn-jyutping');
    expect(jyutping?.name).toBe('Chinese (Cantonese, latin as Jyutping)');
    const spoken = await say({ text: 'nei5 hou2' }, 'sit/yue-Latn-jyutping+f2');
    expect(rms(spoken.samples)).toBeGreaterThan(0.02);
  });

  it('refuses an unknown voice and a blend, without touching the exit code of the process', async () => {
    const before = process.exitCode;
    await expect(say({ text: 'Hello' }, 'xx-nowhere')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(process.exitCode).toBe(before);
    const blend = engine.synthesize({ text: 'Hello', voice: { engine: 'espeak', voice: 'en-gb' }, settings: { speed: 1, pitch: 0, blend: [{ voice: { engine: 'espeak', voice: 'en-us' }, weight: 0.5 }] } });
    await expect(blend).rejects.toBeInstanceOf(StudioError);
  });

  it('stops before starting when its signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped'));
    await expect(engine.synthesize({ text: LINE, voice: { engine: 'espeak', voice: 'en-gb' }, settings: plain, signal: controller.signal })).rejects.toThrow('stopped');
  });
});
