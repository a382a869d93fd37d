import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AuditionClip,
  BookLexiconImport,
  CastImport,
  CastingState,
  LexiconEntryView,
  LexiconImportReport,
  SegmentVoice,
  VoiceChoice,
} from '../../shared/requests/voice-requests';
import type { ChapterScript } from '../../shared/script-editing';
import { voiceId } from '../../shared/voices';
import { decodeWire, encodeWire } from '../../shared/wire-codec';
import { corpusProject } from '../script/testing/projects';
import { tinyBook } from '../script/testing/tiny-book';
import { corpusSkipReason, hasCorpus } from '../testing/corpus';
import { decodeWav } from '../render/wav';
import { installFixtureModels } from '../voices/engines/testing/fixture-models';
import { voiceStudio, type VoiceStudio } from '../voices/studio/testing/voice-studio';

let vs: VoiceStudio;
beforeAll(() => {
  vs = voiceStudio();
  // Piper and Kokoro fixture models, as if installed: Kokoro voices can be blended.
  installFixtureModels(join(vs.dataDir, 'models'));
});
afterAll(async () => vs.studio.dispose());

const espeak = (voice: string, speed = 1, pitch = 0): VoiceChoice => ({ voice: { engine: 'espeak', voice }, settings: { speed, pitch } });

async function openTinyBook(): Promise<{ segment: (text: string) => number; chapterIds: number[] }> {
  vs.studio.openProject(tinyBook());
  const chapters = await vs.call<ChapterScript[]>('script.book');
  const segments = chapters.flatMap((c) => c.segments);
  return {
    segment: (text) => segments.find((s) => s.text === text)!.id,
    chapterIds: chapters.map((c) => c.chapterId),
  };
}

const character = (state: CastingState, name: string) => state.characters.find((c) => c.name === name)!;
const wavOf = (clip: AuditionClip) => decodeWav(clip.wav);
const cacheFiles = (): number => {
  const dir = `${vs.studio.project.path}.audio`;
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.wav')).length : 0;
};

describe('casting requests', () => {
  it('cast the narrator and every character, the ones who talk together apart, and keep the author’s choices', async () => {
    await openTinyBook();
    const before = await vs.call<CastingState>('casting.get');
    expect(before.characters[0]).toMatchObject({ name: 'Narrator', narrator: true, choice: null, origin: null, effective: before.defaultVoice });
    expect(before.defaultVoice.voice).toEqual({ engine: 'espeak', voice: 'en' });

    const cast = await vs.call<CastingState>('casting.autoCast');
    for (const c of cast.characters) expect(c, c.name).toMatchObject({ origin: 'auto', unavailable: false });
    const jane = character(cast, 'Jane').choice!;
    const elizabeth = character(cast, 'Elizabeth').choice!;
    expect(JSON.stringify(jane)).not.toBe(JSON.stringify(elizabeth));
    expect(character(cast, 'Mr. Bennet').effective).toEqual(character(cast, 'Mr. Bennet').choice);
    expect(vs.changes()).toContain('cast');

    const mine = espeak('en-gb+f3', 1.2, 2);
    await vs.call('casting.setVoice', { characterId: character(cast, 'Jane').characterId, choice: mine });
    const again = await vs.call<CastingState>('casting.autoCast');
    expect(character(again, 'Jane')).toMatchObject({ choice: mine, origin: 'user', effective: mine });

    const cleared = await vs.call<CastingState>('casting.setVoice', { characterId: character(cast, 'Jane').characterId, choice: null });
    expect(character(cleared, 'Jane')).toMatchObject({ choice: null, origin: null, effective: character(cleared, 'Narrator').effective });
  });

  it('cast a book that names no language in English, the language it is read in', async () => {
    const path = tinyBook();
    const db = new Database(path);
    db.prepare("UPDATE meta SET value = '' WHERE key = 'language'").run();
    db.close();
    vs.studio.openProject(path);
    const cast = await vs.call<CastingState>('casting.autoCast');
    expect(cast.language).toBe('en');
    for (const c of cast.characters) expect(c.choice!.voice.voice, c.name).toMatch(/^(en|bf_|bm_|af_|am_|en_GB)/);
  });

  it('refuse a voice that is not installed and a blend the engine cannot make; blend Kokoro voices', async () => {
    await openTinyBook();
    const { characters } = await vs.call<CastingState>('casting.get');
    const characterId = characters.find((c) => c.name === 'Lydia')!.characterId;
    await expect(vs.call('casting.setVoice', { characterId, choice: { voice: { engine: 'piper', voice: 'en_US-ryan-medium' }, settings: { speed: 1, pitch: 0 } } })).rejects.toThrow(
      /^NOT_FOUND: The voice piper:en_US-ryan-medium is not installed here/,
    );
    const blendEspeak = { ...espeak('en-gb'), settings: { speed: 1, pitch: 0, blend: [{ voice: { engine: 'espeak', voice: 'en-us' }, weight: 0.5 }] } };
    await expect(vs.call('casting.setVoice', { characterId, choice: blendEspeak })).rejects.toThrow(/^INVALID_REQUEST: eSpeak NG voices cannot be blended/);
    await expect(vs.call('casting.setVoice', { characterId, choice: { ...espeak('en'), settings: { speed: 3, pitch: 0 } } })).rejects.toThrow(/^INVALID_REQUEST/);
    await expect(vs.call('casting.setVoice', { characterId: 9999, choice: espeak('en') })).rejects.toThrow(/^NOT_FOUND: There is no character 9999/);

    const blended: VoiceChoice = { voice: { engine: 'kokoro', voice: 'bf_emma' }, settings: { speed: 1, pitch: 0, blend: [{ voice: { engine: 'kokoro', voice: 'am_adam' }, weight: 0.3 }] } };
    const state = await vs.call<CastingState>('casting.setVoice', { characterId, choice: blended });
    expect(character(state, 'Lydia').choice).toEqual(blended);
    const clip = await vs.call<AuditionClip>('audition.sample', { characterId });
    expect(clip.sampleRate).toBe(24000);
  });

  it('save a cast and apply it to another project by name, as JSON or as a file', async () => {
    await openTinyBook();
    await vs.call('casting.autoCast');
    const narratorVoice = espeak('en-gb-scotland', 0.9, -1);
    const first = await vs.call<CastingState>('casting.get');
    await vs.call('casting.setVoice', { characterId: character(first, 'Narrator').characterId, choice: narratorVoice });
    const cast = await vs.call<CastingState>('casting.get');
    const folder = mkdtempSync(join(tmpdir(), 'dramatis-cast-file-'));
    const path = join(folder, 'cast.json');
    const saved = await vs.call<{ json: string; fileName: string; path: string }>('casting.export', { path });
    expect(saved.fileName).toBe('Hand Made cast.json');
    expect(readFileSync(path, 'utf8')).toBe(saved.json);
    expect(JSON.parse(saved.json)).toMatchObject({ format: 'dramatis-cast', narrator: narratorVoice });

    await openTinyBook();
    const fresh = await vs.call<CastingState>('casting.get');
    expect(fresh.characters.every((c) => c.choice === null)).toBe(true);
    const applied = await vs.call<CastImport>('casting.import', { json: saved.json });
    expect(applied.matched).toBe(4);
    expect(applied.unmatched).toEqual([]);
    for (const name of ['Narrator', 'Jane', 'Elizabeth', 'Lydia', 'Mr. Bennet']) {
      expect(character(applied.state, name), name).toMatchObject({ choice: character(cast, name).choice, origin: 'user' });
    }

    await openTinyBook();
    expect((await vs.call<CastImport>('casting.import', { path })).matched).toBe(4);
    await expect(vs.call('casting.import', { json: '{"format":"something else"}' })).rejects.toThrow(/^INVALID_REQUEST: This file is not a Dramatis cast/);
    await expect(vs.call('casting.export', { path: join(folder, 'cast.txt') })).rejects.toThrow(/^INVALID_REQUEST/);
  });
});

describe('audition requests', () => {
  it('play a line in its speaker’s voice as WAV bytes with word timings, from the cache the second time', async () => {
    const book = await openTinyBook();
    const good = book.segment('Good morning,');
    const first = await vs.call<AuditionClip>('audition.segment', { segmentId: good });
    expect(new TextDecoder().decode(first.wav.subarray(0, 4))).toBe('RIFF');
    expect(first).toMatchObject({ cached: false, sampleRate: 22050, title: 'Jane: “Good morning,”' });
    expect(first.durationSeconds).toBeGreaterThan(0.4);
    expect(first.durationSeconds).toBeLessThan(4);
    expect(wavOf(first).samples.length).toBe(Math.round(first.durationSeconds * first.sampleRate));
    expect(first.words.map((w) => w.text)).toEqual(['Good', 'morning']);
    expect(first.segments).toEqual([{ segmentId: good, text: 'Good morning,', speaker: 'Jane', startSample: 0, endSample: wavOf(first).samples.length }]);
    const files = cacheFiles();

    const again = await vs.call<AuditionClip>('audition.segment', { segmentId: good });
    expect(again.cached).toBe(true);
    expect(Buffer.from(again.wav).equals(Buffer.from(first.wav))).toBe(true);
    expect(cacheFiles()).toBe(files);

    // Over the browser transport the audio crosses as bytes.
    const wire = decodeWire(encodeWire(again)) as AuditionClip;
    expect(wire.wav).toBeInstanceOf(Uint8Array);
    expect(wire.wav.length).toBe(first.wav.length);
  });

  it('hear a new voice at once after the character’s voice changes, and a line’s own voice over its speaker’s', async () => {
    const book = await openTinyBook();
    const line = book.segment('Is it not fine?');
    const before = await vs.call<AuditionClip>('audition.segment', { segmentId: line });
    const { characters } = await vs.call<CastingState>('casting.get');
    await vs.call('casting.setVoice', { characterId: characters.find((c) => c.name === 'Jane')!.characterId, choice: espeak('en-us+f2', 1.3) });
    const recast = await vs.call<AuditionClip>('audition.segment', { segmentId: line });
    expect(recast.cached).toBe(false);
    expect(recast.durationSeconds).toBeLessThan(before.durationSeconds);

    const own = espeak('en-gb+m3', 0.8);
    const voice = await vs.call<SegmentVoice>('casting.setSegmentVoice', { segmentId: line, choice: own });
    expect(voice).toEqual({ segmentId: line, speaker: 'Jane', override: own, effective: own });
    const overridden = await vs.call<AuditionClip>('audition.segment', { segmentId: line });
    expect(overridden.cached).toBe(false);
    expect(overridden.durationSeconds).toBeGreaterThan(recast.durationSeconds);

    const back = await vs.call<SegmentVoice>('casting.setSegmentVoice', { segmentId: line, choice: null });
    expect(back.override).toBeNull();
    expect((await vs.call<AuditionClip>('audition.segment', { segmentId: line })).cached).toBe(true);
  });

  it('try a character’s sample line in their voice or in another', async () => {
    await openTinyBook();
    const { characters } = await vs.call<CastingState>('casting.get');
    const id = (name: string) => characters.find((c) => c.name === name)!.characterId;
    expect((await vs.call<AuditionClip>('audition.sample', { characterId: id('Narrator') })).segments[0]!.text).toBe('It was a bright morning at Longbourn.');
    const lydia = await vs.call<AuditionClip>('audition.sample', { characterId: id('Lydia') });
    expect(lydia.segments[0]).toMatchObject({ text: 'Look, the officers!', speaker: 'Lydia', segmentId: null });
    const piper = await vs.call<AuditionClip>('audition.sample', {
      characterId: id('Lydia'),
      choice: { voice: { engine: 'piper', voice: 'en_GB-fixture_multi-medium', speaker: 2 }, settings: { speed: 1, pitch: 0 } },
    });
    expect(piper).toMatchObject({ sampleRate: 22050, cached: false });
    expect(Buffer.from(piper.wav).equals(Buffer.from(lydia.wav))).toBe(false);
  });

  it('play the start of a chapter as a job, then at once from the cache, or stop it', async () => {
    const book = await openTinyBook();
    const chapterId = book.chapterIds[0]!;
    const { jobId } = await vs.call<{ jobId: string }>('audition.startPreview', { chapterId, count: 5 });
    expect(await vs.finished(jobId)).toMatchObject({ type: 'completed', kind: 'synthesize' });
    const progress = vs.events.filter((e) => e.event === 'job' && (e.payload as { type: string; progress?: { jobId: string } }).progress?.jobId === jobId);
    expect(progress.length).toBeGreaterThan(0);

    const clip = await vs.call<AuditionClip>('audition.preview', { chapterId, count: 5 });
    expect(clip.cached).toBe(true);
    expect(clip.segments.map((s) => s.text)).toEqual(['It was a bright morning at Longbourn.', 'Good morning,', 'said Jane.', 'Is it not fine?', 'It is,']);
    expect(clip.segments.map((s) => s.speaker)).toEqual(['', 'Jane', '', 'Jane', 'Elizabeth']);
    for (let i = 1; i < clip.segments.length; i++) expect(clip.segments[i]!.startSample).toBeGreaterThan(clip.segments[i - 1]!.endSample);
    expect(clip.words.map((w) => w.text)).toContain('Longbourn');
    expect(wavOf(clip).samples.length).toBe(clip.segments.at(-1)!.endSample);

    await vs.call('casting.setVoice', { characterId: (await vs.call<CastingState>('casting.get')).characters[0]!.characterId, choice: espeak('en-gb+m1') });
    const stopped = await vs.call<{ jobId: string }>('audition.startPreview', { chapterId, count: 10 });
    await vs.call('job.cancel', { jobId: stopped.jobId });
    expect(await vs.finished(stopped.jobId)).toMatchObject({ type: 'cancelled' });
  });

  it('refuse what cannot be heard', async () => {
    await vs.call('project.close');
    await expect(vs.call('audition.segment', { segmentId: 1 })).rejects.toThrow(/^NOT_FOUND: No project is open/);
    await openTinyBook();
    await expect(vs.call('audition.segment', { segmentId: 99_999 })).rejects.toThrow(/^NOT_FOUND: There is no segment 99999/);
    await expect(vs.call('audition.preview', { chapterId: 99_999 })).rejects.toThrow(/^NOT_FOUND/);
  });
});

describe('lexicon requests', () => {
  const pls = (body: string) =>
    new TextEncoder().encode(
      `<?xml version="1.0" encoding="UTF-8"?><lexicon version="1.0" alphabet="ipa" xml:lang="en-GB" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">${body}</lexicon>`,
    );

  it('add, change and remove pronunciations, each changing how the line sounds', async () => {
    const book = await openTinyBook();
    const line = book.segment('It was a bright morning at Longbourn.');
    const plain = await vs.call<AuditionClip>('audition.segment', { segmentId: line });
    const added = await vs.call<LexiconEntryView>('lexicon.add', { grapheme: 'Longbourn', kind: 'alias', value: 'Long bourne bourne bourne' });
    expect(added).toMatchObject({ grapheme: 'Longbourn', kind: 'alias', caseSensitive: false });
    const longer = await vs.call<AuditionClip>('audition.segment', { segmentId: line });
    expect(longer.cached).toBe(false);
    expect(longer.durationSeconds).toBeGreaterThan(plain.durationSeconds + 0.3);

    const changed = await vs.call<LexiconEntryView>('lexicon.update', { id: added.id, grapheme: 'Longbourn', kind: 'phoneme', value: 'ˈlɒŋbɔːn' });
    expect(changed).toMatchObject({ id: added.id, kind: 'phoneme', value: 'ˈlɒŋbɔːn' });
    expect(await vs.call('lexicon.list')).toEqual([changed]);
    await expect(vs.call('lexicon.add', { grapheme: 'Longbourn', kind: 'phoneme', value: 'a<b' })).rejects.toThrow(/^INVALID_LEXICON/);

    await vs.call('lexicon.remove', { id: added.id });
    expect(await vs.call('lexicon.list')).toEqual([]);
    expect((await vs.call<AuditionClip>('audition.segment', { segmentId: line })).cached).toBe(true);
    expect(vs.changes()).toContain('lexicon');
  });

  it('test a pronunciation in the first sentence that has the word, without saving it', async () => {
    const book = await openTinyBook();
    const line = book.segment('To Meryton, then?');
    const asWritten = await vs.call<AuditionClip>('audition.segment', { segmentId: line });
    const entry = { grapheme: 'Meryton', kind: 'alias', value: 'Merry town square' };
    const tried = await vs.call<AuditionClip>('audition.word', { entry });
    expect(tried.segments[0]).toMatchObject({ segmentId: line, text: 'To Meryton, then?' });
    expect(tried.title).toBe('“Meryton” in the book');
    expect(tried.durationSeconds).toBeGreaterThan(asWritten.durationSeconds);
    // The words are named as spoken: the respelling's.
    expect(tried.words.map((w) => w.text)).toEqual(['To', 'Merry', 'town', 'square', 'then']);
    expect(await vs.call('lexicon.list')).toEqual([]);

    const alone = await vs.call<AuditionClip>('audition.word', { entry: { grapheme: 'Zanzibar', kind: 'phoneme', value: 'ˈzænzɪbɑː' } });
    expect(alone.segments[0]!.text).toBe('Zanzibar');
    expect(alone.title).toMatch(/alone/);
    await expect(vs.call('audition.word', { entry: { grapheme: 'x', kind: 'phoneme', value: '"' } })).rejects.toThrow(/^INVALID_LEXICON/);
  });

  it('import and export W3C PLS', async () => {
    await openTinyBook();
    await vs.call('lexicon.add', { grapheme: 'Jane', kind: 'alias', value: 'Jayne' });
    const report = await vs.call<LexiconImportReport>('lexicon.importPls', {
      bytes: pls(
        '<lexeme><grapheme>Longbourn</grapheme><phoneme>ˈlɒŋbɔːn</phoneme></lexeme>' +
          '<lexeme><grapheme>Meryton</grapheme><alias>Merry ton</alias></lexeme>' +
          '<lexeme><grapheme>Lydia</grapheme><phoneme alphabet="x-sampa">"lIdi@</phoneme></lexeme>',
      ),
    });
    expect(report).toMatchObject({ added: 2, updated: 0, removed: 0, skipped: ['Lydia'] });
    expect(report.entries.map((e) => e.grapheme)).toEqual(['Jane', 'Longbourn', 'Meryton']);

    const exported = await vs.call<{ fileName: string; bytes: Uint8Array }>('lexicon.exportPls');
    expect(exported.fileName).toBe('Hand Made lexicon.pls');
    const xml = new TextDecoder().decode(exported.bytes);
    expect(xml).toContain('<grapheme>Longbourn</grapheme>');
    expect(xml).toContain('<phoneme>ˈlɒŋbɔːn</phoneme>');

    const replaced = await vs.call<LexiconImportReport>('lexicon.importPls', { bytes: exported.bytes, mode: 'replace' });
    expect(replaced).toMatchObject({ added: 0, removed: 0 });
    const only = await vs.call<LexiconImportReport>('lexicon.importPls', { bytes: pls('<lexeme><grapheme>Kitty</grapheme><alias>Kit</alias></lexeme>'), mode: 'replace' });
    expect(only.entries.map((e) => e.grapheme)).toEqual(['Kitty']);
    expect(only.removed).toBe(3);
    await expect(vs.call('lexicon.importPls', { bytes: new TextEncoder().encode('<html></html>') })).rejects.toThrow(/^INVALID_LEXICON/);
    await expect(vs.call('lexicon.importBook', {})).rejects.toThrow(/^INVALID_REQUEST: Only an EPUB carries pronunciations/);
  });

  it.skipIf(!hasCorpus)(`read the Georgia EPUB’s PLS lexicon and SSML phonemes into the lexicon (${hasCorpus ? 'corpus present' : corpusSkipReason})`, async () => {
    vs.studio.openProject(await corpusProject('epub/idpf-georgia-pls-ssml.epub'));
    const report = await vs.call<BookLexiconImport>('lexicon.importBook', {});
    expect(report.lexicons).toEqual(['EPUB/lexicon/en.pls']);
    expect(report.phonemeOverrides).toBeGreaterThan(0);
    expect(report.added).toBeGreaterThan(5);
    expect(report.entries.length).toBe(report.added);
    expect(report.entries.every((e) => e.grapheme.length > 0 && e.value.length > 0)).toBe(true);
    const again = await vs.call<BookLexiconImport>('lexicon.importBook', {});
    expect(again).toMatchObject({ added: 0, updated: 0 });

    // “30°” is said as the book's ssml:ph has it: one word of phonemes, not "thirty degrees" read out.
    const chapters = await vs.call<ChapterScript[]>('script.book');
    const line = chapters.flatMap((c) => c.segments).find((s) => s.text.includes('30°'))!;
    const clip = await vs.call<AuditionClip>('audition.segment', { segmentId: line.id });
    const words = clip.words.map((w) => w.text);
    expect(words).toContain('30');
    expect(words).not.toContain('thirty');
  });
});

describe('voices.list', () => {
  it('lists the built-in voices of the book’s language, the installed models and the catalogue', async () => {
    const english = await vs.call<{ voices: Array<{ id: string; source: string; installed: boolean; licence: string; language: string; blend: boolean }>; packages: Array<{ packageKey: string; installed: boolean }> }>(
      'voices.list',
      { language: 'en' },
    );
    const byId = new Map(english.voices.map((v) => [v.id, v]));
    expect(byId.get('espeak:en-gb+f3')).toMatchObject({ source: 'built-in', installed: true, licence: 'GPL-3.0-or-later' });
    expect(byId.get(voiceId({ engine: 'piper', voice: 'en_GB-fixture-medium' }))).toMatchObject({ source: 'local', installed: true });
    expect(byId.get('kokoro:bf_emma')).toMatchObject({ source: 'catalogue', installed: true, blend: true });
    expect(byId.get('piper:en_GB-alba-medium')).toMatchObject({ source: 'catalogue', installed: false, licence: 'CC-BY-4.0' });
    expect(english.voices.every((v) => v.language.toLowerCase().startsWith('en'))).toBe(true);
    expect(english.voices.some((v) => v.id === 'espeak:fr-fr')).toBe(false);
    expect(english.packages.find((p) => p.packageKey === 'kokoro/kokoro-v1.0')).toMatchObject({ installed: false });

    const all = await vs.call<{ voices: Array<{ id: string }> }>('voices.list', {});
    expect(all.voices.some((v) => v.id === 'espeak:fr-fr')).toBe(true);
  });
});
