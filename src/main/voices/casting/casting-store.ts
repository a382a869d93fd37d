import type Database from 'better-sqlite3';
import { StudioError } from '../../../shared/errors';
import type { VoiceInfo, VoiceRef } from '../../../shared/voices';
import { readCharacters, readScript } from '../../project/analysis-store';
import { autoCast, type CastingInput, type CastingResult } from './auto-cast';
import type { VoiceChoice } from './casting-types';
import { scenesFromChapters } from './co-occurrence';
import { blendSchema, voiceChoiceSchema, voiceRefSchema } from './voice-choice-schema';

export type VoiceOrigin = 'auto' | 'user';

export interface CharacterVoice {
  characterId: number;
  choice: VoiceChoice;
  /** `user`: the author chose it, and automatic casting leaves it alone. */
  origin: VoiceOrigin;
}

interface VoiceColumns {
  engine: string;
  voice: string;
  speaker: number | null;
  speed: number;
  pitch: number;
  blend: string;
}

/** The voice of every character that has one (the narrator is a character too). */
export function readCharacterVoices(db: Database.Database): CharacterVoice[] {
  const rows = db.prepare('SELECT character_id, origin, engine, voice, speaker, speed, pitch, blend FROM character_voices ORDER BY character_id').all() as Array<
    VoiceColumns & { character_id: number; origin: VoiceOrigin }
  >;
  return rows.map((r) => ({ characterId: r.character_id, origin: r.origin, choice: fromColumns(r) }));
}

/** Sets one character's voice; the author's choice by default, which re-casting keeps. */
export function setCharacterVoice(db: Database.Database, characterId: number, choice: VoiceChoice, origin: VoiceOrigin = 'user'): void {
  const valid = checked(choice);
  db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM characters WHERE id = ?').get(characterId)) {
      throw new StudioError('NOT_FOUND', `There is no character ${characterId} in this project.`);
    }
    writeCharacterVoice(db, characterId, valid, origin);
  })();
}

/** Forgets a character's voice, so the next casting chooses again. */
export function clearCharacterVoice(db: Database.Database, characterId: number): void {
  db.prepare('DELETE FROM character_voices WHERE character_id = ?').run(characterId);
}

/**
 * Stores an automatic cast (character ids as strings of the project's ids), in one transaction.
 * Voices the author chose are kept.
 */
export function saveCast(db: Database.Database, cast: CastingResult): void {
  db.transaction(() => {
    const user = new Set(readCharacterVoices(db).filter((v) => v.origin === 'user').map((v) => v.characterId));
    for (const [id, choice] of Object.entries(cast.characters)) {
      const characterId = Number(id);
      if (!Number.isInteger(characterId)) throw new StudioError('INVALID_REQUEST', `"${id}" is not a character of this project.`);
      if (!user.has(characterId)) writeCharacterVoice(db, characterId, checked(choice), 'auto');
    }
  })();
}

/** The author's voice for one segment, kept by its source span; null removes it. */
export function setSegmentVoice(db: Database.Database, segmentId: number, choice: VoiceChoice | null): void {
  const valid = choice ? checked(choice) : null;
  db.transaction(() => {
    const s = db.prepare('SELECT chapter_id, source, start, end FROM segments WHERE id = ?').get(segmentId) as
      | { chapter_id: number; source: string | null; start: number; end: number }
      | undefined;
    if (!s) throw new StudioError('NOT_FOUND', `There is no segment ${segmentId} in this project.`);
    const key = [s.chapter_id, s.source ?? '', s.start, s.end];
    if (!valid) {
      db.prepare('DELETE FROM segment_voice_overrides WHERE chapter_id = ? AND source = ? AND start = ? AND end = ?').run(...key);
      return;
    }
    db.prepare(
      `INSERT INTO segment_voice_overrides (chapter_id, source, start, end, engine, voice, speaker, speed, pitch, blend, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (chapter_id, source, start, end) DO UPDATE SET engine = excluded.engine, voice = excluded.voice,
         speaker = excluded.speaker, speed = excluded.speed, pitch = excluded.pitch, blend = excluded.blend, at = excluded.at`,
    ).run(...key, ...toColumns(valid), new Date().toISOString());
  })();
}

/** The segments of a chapter that the author gave their own voice, by segment id. */
export function readSegmentVoices(db: Database.Database, chapterId: number): Map<number, VoiceChoice> {
  const rows = db
    .prepare(
      `SELECT s.id, o.engine, o.voice, o.speaker, o.speed, o.pitch, o.blend
       FROM segments s JOIN segment_voice_overrides o
         ON o.chapter_id = s.chapter_id AND o.source = coalesce(s.source, '') AND o.start = s.start AND o.end = s.end
       WHERE s.chapter_id = ? ORDER BY s.idx`,
    )
    .all(chapterId) as Array<VoiceColumns & { id: number }>;
  return new Map(rows.map((r) => [r.id, fromColumns(r)]));
}

/**
 * Who speaks together, from the script with the author's corrections: a scene per chapter, divided
 * at scene breaks, listing the character ids (as strings) that speak dialogue in it.
 */
export function readScenes(db: Database.Database): string[][] {
  const chapters = db.prepare('SELECT id FROM chapters ORDER BY idx').all() as Array<{ id: number }>;
  const breaks = new Set((db.prepare('SELECT id FROM segments WHERE scene_break = 1').all() as Array<{ id: number }>).map((r) => r.id));
  return scenesFromChapters(
    chapters.map(({ id }) =>
      readScript(db, id).map((s) => ({
        kind: s.kind,
        speakerId: s.speakerId === null ? null : String(s.speakerId),
        sceneBreakBefore: breaks.has(s.id),
      })),
    ),
  );
}

/** Everything automatic casting needs from a project, with the author's choices fixed. */
export function projectCastingInput(db: Database.Database, voices: readonly VoiceInfo[], language: string): CastingInput {
  const characters = readCharacters(db).map((c) => ({ id: String(c.id), name: c.name, gender: c.gender, lines: c.lines, narrator: c.narrator }));
  const fixed: Record<string, VoiceChoice> = {};
  for (const v of readCharacterVoices(db)) if (v.origin === 'user') fixed[String(v.characterId)] = v.choice;
  return { characters, scenes: readScenes(db), language, voices, fixed: { characters: fixed } };
}

/** Casts the project's characters that the author has not cast, and stores the result. */
export function autoCastProject(db: Database.Database, voices: readonly VoiceInfo[], language: string): CastingResult {
  const result = autoCast(projectCastingInput(db, voices, language));
  saveCast(db, result);
  return result;
}

function writeCharacterVoice(db: Database.Database, characterId: number, choice: VoiceChoice, origin: VoiceOrigin): void {
  db.prepare(
    `INSERT INTO character_voices (character_id, engine, voice, speaker, speed, pitch, blend, origin, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (character_id) DO UPDATE SET engine = excluded.engine, voice = excluded.voice, speaker = excluded.speaker,
       speed = excluded.speed, pitch = excluded.pitch, blend = excluded.blend, origin = excluded.origin, at = excluded.at`,
  ).run(characterId, ...toColumns(choice), origin, new Date().toISOString());
}

function checked(choice: VoiceChoice): VoiceChoice {
  const parsed = voiceChoiceSchema.safeParse(choice);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StudioError('INVALID_REQUEST', `That voice cannot be used: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'it is malformed'}.`);
  }
  return parsed.data;
}

function toColumns(choice: VoiceChoice): [string, string, number | null, number, number, string] {
  const { voice, settings } = choice;
  return [voice.engine, voice.voice, voice.speaker ?? null, settings.speed, settings.pitch, JSON.stringify(settings.blend ?? [])];
}

function fromColumns(row: VoiceColumns): VoiceChoice {
  const ref = voiceRefSchema.safeParse({ engine: row.engine, voice: row.voice, ...(row.speaker === null ? {} : { speaker: row.speaker }) });
  if (!ref.success) throw new StudioError('PROJECT_ERROR', `The project names a voice this version cannot play (${row.engine}:${row.voice}).`);
  const voice: VoiceRef = ref.data;
  const blend = blendSchema.safeParse(JSON.parse(row.blend));
  const settings = { speed: row.speed, pitch: row.pitch, ...(blend.success && blend.data.length > 0 ? { blend: blend.data } : {}) };
  return { voice, settings };
}
