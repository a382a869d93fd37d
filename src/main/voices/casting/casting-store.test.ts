import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportedBook } from '../../../shared/book';
import { StudioError } from '../../../shared/errors';
import type { Character, Segment } from '../../../shared/script';
import type { StoredAnalysis } from '../../project/analysis-store';
import { correctSpeaker, readCharacters } from '../../project/analysis-store';
import { createProjectFile } from '../../project/create-project';
import { ProjectSession } from '../../project/project-session';
import type { VoiceChoice } from './casting-types';
import { espeakTestVoices } from './testing/casting-test-voices';
import {
  autoCastProject,
  clearCharacterVoice,
  readCharacterVoices,
  readScenes,
  readSegmentVoices,
  saveCast,
  setCharacterVoice,
  setSegmentVoice,
} from './casting-store';

const book: ImportedBook = {
  book: { title: 'Voices', author: 'A. Author', language: 'en-GB', format: 'text' },
  warnings: [],
  chapters: [
    {
      title: 'One', kind: 'body', included: true,
      paragraphs: [
        { text: '"Hello," said Anna. "Hi," said Ben.', start: 0, end: 36 },
        { text: '"Tea?" asked Cora.', start: 38, end: 56, sceneBreakBefore: true },
      ],
    },
    { title: 'Two', kind: 'body', included: true, paragraphs: [{ text: '"Again," said Anna to Ben.', start: 60, end: 86 }] },
  ],
};

const seg = (kind: Segment['kind'], text: string, start: number, end: number, speakerId: string | null): Segment => ({
  kind, text, start, end, speakerId, confidence: kind === 'narration' ? 1 : 0.9, reason: kind === 'narration' ? null : 'speech-verb-name',
});

const characters: Character[] = [
  { id: 'anna', name: 'Anna', aliases: [], gender: 'female', lines: 2 },
  { id: 'ben', name: 'Ben', aliases: [], gender: 'male', lines: 1 },
  { id: 'cora', name: 'Cora', aliases: [], gender: 'female', lines: 1 },
];

const analysis: StoredAnalysis = {
  characters,
  chapters: [
    {
      segments: [
        seg('dialogue', 'Hello,', 1, 7, 'anna'),
        seg('narration', 'said Anna.', 9, 19, null),
        seg('dialogue', 'Hi,', 21, 24, 'ben'),
        seg('narration', 'said Ben.', 26, 35, null),
        seg('dialogue', 'Tea?', 39, 43, 'cora'),
        seg('narration', 'asked Cora.', 45, 56, null),
      ],
    },
    { segments: [seg('dialogue', 'Again,', 61, 67, 'anna'), seg('narration', 'said Anna to Ben.', 69, 86, null)] },
  ],
};

const sessions: ProjectSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

function project(): { session: ProjectSession; ids: Record<string, number> } {
  const path = join(mkdtempSync(join(tmpdir(), 'dramatis-casting-')), 'voices.dramatis');
  createProjectFile(path, book, { name: 'voices.txt', bytes: new Uint8Array([1]) }, analysis);
  const session = ProjectSession.open(path);
  sessions.push(session);
  const ids = Object.fromEntries(readCharacters(session.db).map((c) => [c.narrator ? 'narrator' : c.name.toLowerCase(), c.id]));
  return { session, ids };
}

function reopen(session: ProjectSession): ProjectSession {
  session.close();
  const again = ProjectSession.open(session.path);
  sessions.push(again);
  return again;
}

const emma: VoiceChoice = { voice: { engine: 'kokoro', voice: 'bf_emma' }, settings: { speed: 1.1, pitch: -1, blend: [{ voice: { engine: 'kokoro', voice: 'bf_alice' }, weight: 0.3 }] } };
const vctk: VoiceChoice = { voice: { engine: 'piper', voice: 'en_GB-vctk-medium', speaker: 7 }, settings: { speed: 1, pitch: 2 } };

describe('casting store', () => {
  it('reads scenes from the script: chapters divided at scene breaks, with corrected speakers', () => {
    const { session, ids } = project();
    const sorted = () => readScenes(session.db).map((s) => [...s].sort());
    expect(sorted()).toEqual([[String(ids.anna), String(ids.ben)].sort(), [String(ids.cora)], [String(ids.anna)]]);
    const again = session.db.prepare("SELECT s.id FROM segments s JOIN chapters c ON c.id = s.chapter_id WHERE c.idx = 1 AND s.kind = 'dialogue'").get() as { id: number };
    correctSpeaker(session.db, again.id, ids.ben!);
    expect(sorted()[2]).toEqual([String(ids.ben)]);
  });

  it('keeps character voices, with blends, across reopening', () => {
    const { session, ids } = project();
    setCharacterVoice(session.db, ids.anna!, emma);
    setCharacterVoice(session.db, ids.ben!, vctk, 'auto');
    const db = reopen(session).db;
    expect(readCharacterVoices(db)).toEqual(
      expect.arrayContaining([
        { characterId: ids.anna, choice: emma, origin: 'user' },
        { characterId: ids.ben, choice: vctk, origin: 'auto' },
      ]),
    );
    clearCharacterVoice(db, ids.ben!);
    expect(readCharacterVoices(db).map((v) => v.characterId)).toEqual([ids.anna]);
  });

  it('refuses a malformed voice or an unknown character', () => {
    const { session, ids } = project();
    const fast = { ...emma, settings: { speed: 5, pitch: 0 } };
    expect(() => setCharacterVoice(session.db, ids.anna!, fast)).toThrow(StudioError);
    expect(() => setCharacterVoice(session.db, ids.anna!, fast)).toThrow(/speed/);
    expect(() => setCharacterVoice(session.db, 9999, emma)).toThrow(/no character 9999/);
    expect(readCharacterVoices(session.db)).toEqual([]);
  });

  it('casts the project automatically around the author’s choices, and keeps them when re-casting', () => {
    const { session, ids } = project();
    setCharacterVoice(session.db, ids.cora!, { voice: { engine: 'espeak', voice: 'en-gb+f4' }, settings: { speed: 1, pitch: 0 } });
    const voices = espeakTestVoices('en-GB', ['f1', 'f2', 'f3', 'f4', 'm1', 'm2']);
    const result = autoCastProject(session.db, voices, 'en-GB');
    const stored = new Map(readCharacterVoices(session.db).map((v) => [v.characterId, v]));
    expect(stored.get(ids.cora!)).toMatchObject({ origin: 'user', choice: { voice: { voice: 'en-gb+f4' } } });
    expect(stored.get(ids.anna!)).toMatchObject({ origin: 'auto', choice: result.characters[String(ids.anna)] });
    expect(stored.get(ids.ben!)?.choice.voice.voice).toMatch(/^en-gb\+m/);
    expect(stored.get(ids.narrator!)?.choice).toEqual(result.narrator);
    expect(stored.get(ids.anna!)?.choice).not.toEqual(result.narrator);

    // Re-casting with other settings never overwrites the author's voice.
    saveCast(session.db, { narrator: result.narrator, characters: { [String(ids.cora)]: vctk, [String(ids.anna)]: vctk } });
    const after = new Map(readCharacterVoices(session.db).map((v) => [v.characterId, v]));
    expect(after.get(ids.cora!)?.choice.voice.voice).toBe('en-gb+f4');
    expect(after.get(ids.anna!)?.choice).toEqual(vctk);
  });

  it('stores per-segment overrides by source span, so they survive re-reading the script', () => {
    const { session } = project();
    const [first, second] = session.db.prepare("SELECT id FROM segments WHERE kind = 'dialogue' ORDER BY chapter_id, idx").all() as Array<{ id: number }>;
    setSegmentVoice(session.db, first!.id, emma);
    setSegmentVoice(session.db, second!.id, vctk);
    setSegmentVoice(session.db, second!.id, null);
    const db = reopen(session).db;
    const chapter = (db.prepare('SELECT chapter_id FROM segments WHERE id = ?').get(first!.id) as { chapter_id: number }).chapter_id;
    expect([...readSegmentVoices(db, chapter)]).toEqual([[first!.id, emma]]);
    expect(() => setSegmentVoice(db, 12345, emma)).toThrow(/no segment 12345/);
  });
});
