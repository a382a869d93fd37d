import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LexiconEntry } from '../../speech/lexicon';
import { LexiconMatcher } from '../../speech/lexicon-matcher';
import { EspeakEngine } from '../engines/espeak/espeak-engine';
import { sharedEspeak } from '../engines/espeak/espeak-module';
import { AudioCache } from './audio-cache';
import type { SegmentSpeech } from './prepare-speech';
import { SegmentAudio, type SpeechRequest } from './segment-audio';

const engine = new EspeakEngine(sharedEspeak);

function counted(modelVersion = 'espeak-test-1') {
  const requests: SpeechRequest[] = [];
  const audio = new SegmentAudio({
    synthesize: (request, signal) => {
      requests.push(request);
      return engine.synthesize({ parts: request.parts, voice: request.voice, settings: request.settings, signal });
    },
    modelVersion: () => modelVersion,
  });
  return { audio, requests };
}

const line: SegmentSpeech = {
  text: 'Marley was dead, to begin with. There is no doubt whatever about that.',
  language: 'en-GB',
  voice: { engine: 'espeak', voice: 'en-gb' },
  settings: { speed: 1, pitch: 0 },
};
const none = new LexiconMatcher([], 'en-GB');

let dir: string;
let cache: AudioCache;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dramatis-segment-audio-'));
  cache = new AudioCache(join(dir, 'book.dramatis.audio'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('segment audio', () => {
  it('synthesises a line once and stores it by content address; the same inputs come from the cache', async () => {
    const { audio, requests } = counted();
    const first = await audio.speak(line, none, cache);
    expect(first.synthesised).toBe(true);
    expect(first.path).toBe(join(cache.dir, first.key.slice(0, 2), `${first.key}.wav`));
    expect(existsSync(first.path)).toBe(true);
    expect(first.durationSeconds).toBeGreaterThan(2);
    expect(first.durationSeconds).toBeLessThan(10);
    expect(first.words?.map((w) => w.text)).toContain('Marley');

    const again = await audio.speak({ ...line }, new LexiconMatcher([], 'en-GB'), cache);
    expect(requests).toHaveLength(1);
    expect(again).toMatchObject({ key: first.key, path: first.path, synthesised: false, samples: first.samples, sampleRate: first.sampleRate });
    expect(again.words).toEqual(first.words);
    // Nothing half-written is left beside the finished files.
    expect(readdirSync(join(cache.dir, first.key.slice(0, 2))).sort()).toEqual([`${first.key}.json`, `${first.key}.wav`]);
  });

  it('a fresh service over the same folder finds the audio too (a restarted app)', async () => {
    await counted().audio.speak(line, none, cache);
    const { audio, requests } = counted();
    const hit = await audio.speak(line, none, new AudioCache(cache.dir));
    expect(hit.synthesised).toBe(false);
    expect(requests).toHaveLength(0);
  });

  const lexicon: LexiconEntry = { grapheme: 'Marley', kind: 'phoneme', value: 'ˈmɑːli', caseSensitive: false };
  const changes: Array<[string, (base: { line: SegmentSpeech; lexicon: LexiconMatcher; version: string }) => void]> = [
    ['the text', (b) => (b.line = { ...b.line, text: `${b.line.text} None at all.` })],
    ['the voice', (b) => (b.line = { ...b.line, voice: { engine: 'espeak', voice: 'en-us' } })],
    ['the speed', (b) => (b.line = { ...b.line, settings: { speed: 1.2, pitch: 0 } })],
    ['the pitch', (b) => (b.line = { ...b.line, settings: { speed: 1, pitch: 3 } })],
    ['a lexicon entry the line uses', (b) => (b.lexicon = new LexiconMatcher([lexicon], 'en-GB'))],
    ['the model version', (b) => (b.version = 'espeak-test-2')],
  ];

  it.each(changes)('synthesises again when %s changes', async (_name, change) => {
    const base = { line, lexicon: none, version: 'espeak-test-1' };
    const before = await counted(base.version).audio.speak(base.line, base.lexicon, cache);
    change(base);
    const { audio, requests } = counted(base.version);
    const after = await audio.speak(base.line, base.lexicon, cache);
    expect(requests).toHaveLength(1);
    expect(after.synthesised).toBe(true);
    expect(after.key).not.toBe(before.key);
  });

  it('a lexicon entry the line does not use leaves its audio alone', async () => {
    const before = await counted().audio.speak(line, none, cache);
    const { audio, requests } = counted();
    const unrelated = new LexiconMatcher([{ grapheme: 'Scrooge', kind: 'alias', value: 'Scrooj', caseSensitive: false }], 'en-GB');
    const after = await audio.speak(line, unrelated, cache);
    expect(requests).toHaveLength(0);
    expect(after.key).toBe(before.key);
  });

  it('gives the lexicon phonemes to the engine', async () => {
    const { audio, requests } = counted();
    await audio.speak(line, new LexiconMatcher([lexicon], 'en-GB'), cache);
    expect(requests[0]?.parts).toContainEqual({ phonemes: 'ˈmɑːli', text: 'Marley' });
  });

  it('two requests for the same new line at once share one synthesis', async () => {
    const { audio, requests } = counted();
    const [a, b] = await Promise.all([audio.speak(line, none, cache), audio.speak(line, none, cache)]);
    expect(requests).toHaveLength(1);
    expect(a.path).toBe(b.path);
    expect([a.synthesised, b.synthesised].sort()).toEqual([false, true]);
  });

  it('stores a line with nothing to say as empty audio without asking the engine', async () => {
    const { audio, requests } = counted();
    const silent = await audio.speak({ ...line, text: '—' }, none, cache);
    expect(requests).toHaveLength(0);
    expect(silent.samples).toBe(0);
    expect(existsSync(silent.path)).toBe(true);
  });
});
