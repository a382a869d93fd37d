import { readFileSync, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type Database from 'better-sqlite3';
import { StudioError } from '../../../shared/errors';
import type { CastImport, CastingState, CharacterCasting, SegmentVoice, VoiceChoice } from '../../../shared/requests/voice-requests';
import { voiceId, type VoiceInfo } from '../../../shared/voices';
import { readCharacters, readScript } from '../../project/analysis-store';
import { writeFileAtomic } from '../../settings/atomic-write';
import { exportCast, matchCast, parseCastFile } from '../casting/cast-file';
import { autoCastProject, readCharacterVoices, setCharacterVoice, setSegmentVoice } from '../casting/casting-store';
import { CastVoiceMap } from './cast-voices';
import { canBlend } from './engine-features';

const MAX_CAST_FILE = 5 * 1024 * 1024;

/** The cast with the voice each character is heard with, the narrator first. */
export function castingState(db: Database.Database, language: string, speakable: readonly VoiceInfo[]): CastingState {
  const voices = new CastVoiceMap(db, language);
  const stored = new Map(readCharacterVoices(db).map((v) => [v.characterId, v]));
  const ready = speakableIds(speakable);
  const characters: CharacterCasting[] = readCharacters(db).map((c) => {
    const own = stored.get(c.id);
    return {
      characterId: c.id,
      name: c.name,
      gender: c.gender,
      narrator: c.narrator,
      lines: c.lines,
      choice: own?.choice ?? null,
      origin: own?.origin ?? null,
      effective: voices.forSpeaker(c.id),
      unavailable: own ? !isSpeakable(own.choice, ready) : false,
    };
  });
  characters.sort((a, b) => Number(b.narrator) - Number(a.narrator));
  return { language, characters, defaultVoice: voices.defaultVoice };
}

/**
 * The ids of every voice that can speak: the listed ones, and eSpeak NG's voices by a shorter
 * language tag, which it resolves itself (`en` is English, `fr` French: the default voice of a book
 * tagged `en` is `espeak:en`, which eSpeak NG lists as `en-gb`).
 */
export function speakableIds(speakable: readonly VoiceInfo[]): Set<string> {
  const ids = new Set<string>();
  for (const voice of speakable) {
    ids.add(voice.id);
    if (voice.ref.engine !== 'espeak') continue;
    const [language = '', variant] = voice.ref.voice.split('+');
    const parts = language.split('-');
    for (let n = 1; n < parts.length; n++) ids.add(voiceId({ engine: 'espeak', voice: [parts.slice(0, n).join('-'), variant].filter(Boolean).join('+') }));
  }
  return ids;
}

function isSpeakable(choice: VoiceChoice, ready: ReadonlySet<string>): boolean {
  return ready.has(voiceId(choice.voice)) && (choice.settings.blend ?? []).every((b) => ready.has(voiceId(b.voice)));
}

/**
 * Refuses a voice that cannot be heard here: one not installed, or a blend the engine cannot make
 * (only Kokoro mixes voices, and only its own).
 */
export function checkChoice(choice: VoiceChoice, speakable: readonly VoiceInfo[]): VoiceChoice {
  const ready = speakableIds(speakable);
  const missing = [choice.voice, ...(choice.settings.blend ?? []).map((b) => b.voice)].find((v) => !ready.has(voiceId(v)));
  if (missing) {
    throw new StudioError('NOT_FOUND', `The voice ${voiceId(missing)} is not installed here: install it from the voice library, or choose another.`);
  }
  const blend = choice.settings.blend ?? [];
  if (blend.length > 0 && !canBlend(choice.voice.engine)) {
    throw new StudioError('INVALID_REQUEST', `${choice.voice.engine === 'espeak' ? 'eSpeak NG' : 'Piper'} voices cannot be blended; only Kokoro voices can.`);
  }
  if (blend.some((b) => b.voice.engine !== choice.voice.engine)) {
    throw new StudioError('INVALID_REQUEST', 'A voice can only be blended with voices of the same engine.');
  }
  // An empty blend is no blend: stored without it, so the same voice keeps the same cache key.
  return blend.length > 0 ? choice : { voice: choice.voice, settings: { speed: choice.settings.speed, pitch: choice.settings.pitch } };
}

export function setCastVoice(db: Database.Database, characterId: number, choice: VoiceChoice | null, speakable: readonly VoiceInfo[]): void {
  if (choice) setCharacterVoice(db, characterId, checkChoice(choice, speakable), 'user');
  else clearVoice(db, characterId);
}

function clearVoice(db: Database.Database, characterId: number): void {
  if (!db.prepare('SELECT 1 FROM characters WHERE id = ?').get(characterId)) {
    throw new StudioError('NOT_FOUND', `There is no character ${characterId} in this project.`);
  }
  db.prepare('DELETE FROM character_voices WHERE character_id = ?').run(characterId);
}

export function autoCast(db: Database.Database, language: string, speakable: readonly VoiceInfo[]): void {
  autoCastProject(db, speakable, language);
}

/** Where a segment is in its chapter, with its speaker after the author's corrections. */
export function findSegment(db: Database.Database, segmentId: number) {
  const row = db.prepare('SELECT chapter_id FROM segments WHERE id = ?').get(segmentId) as { chapter_id: number } | undefined;
  if (!row) throw new StudioError('NOT_FOUND', `There is no segment ${segmentId} in this project.`);
  const segment = readScript(db, row.chapter_id).find((s) => s.id === segmentId)!;
  return { ...segment, chapterId: row.chapter_id };
}

export function segmentVoice(db: Database.Database, segmentId: number, language: string): SegmentVoice {
  const segment = findSegment(db, segmentId);
  const voices = new CastVoiceMap(db, language);
  const override = db
    .prepare('SELECT 1 FROM segment_voice_overrides WHERE chapter_id = ? AND source = ? AND start = ? AND end = ?')
    .get(segment.chapterId, segment.source ?? '', segment.start, segment.end);
  const speaker = segment.speakerId === null ? null : (db.prepare('SELECT name FROM characters WHERE id = ?').get(segment.speakerId) as { name: string } | undefined);
  const effective = voices.forSegment(db, segment);
  return { segmentId, speaker: speaker?.name ?? '', override: override ? effective : null, effective };
}

export function setLineVoice(db: Database.Database, segmentId: number, choice: VoiceChoice | null, speakable: readonly VoiceInfo[]): void {
  setSegmentVoice(db, segmentId, choice ? checkChoice(choice, speakable) : null);
}

/** The cast as a cast file: the narrator's voice and every other cast character's, by name. */
export function exportCastFile(db: Database.Database): string {
  const voices = new Map(readCharacterVoices(db).map((v) => [v.characterId, v.choice]));
  const characters = readCharacters(db);
  const narrator = characters.find((c) => c.narrator);
  const narratorVoice = narrator ? voices.get(narrator.id) : undefined;
  return exportCast({
    ...(narratorVoice ? { narrator: narratorVoice } : {}),
    characters: characters
      .filter((c) => !c.narrator && voices.has(c.id))
      .map((c) => ({ name: c.name, aliases: c.aliases, gender: c.gender, choice: voices.get(c.id)! })),
  });
}

export function writeCastFile(path: string, json: string): void {
  if (!isAbsolute(path) || !path.toLowerCase().endsWith('.json') || path.includes('\0')) {
    throw new StudioError('INVALID_REQUEST', 'A cast is saved as an absolute path to a .json file.');
  }
  writeFileAtomic(path, json);
}

export function readCastFile(path: string): string {
  if (!isAbsolute(path) || path.includes('\0')) throw new StudioError('INVALID_REQUEST', 'A cast file is read from an absolute path.');
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new StudioError('NOT_FOUND', `There is no cast file at ${path}.`);
  }
  if (size > MAX_CAST_FILE) throw new StudioError('TOO_LARGE', 'This cast file is larger than 5 MB; a cast file is much smaller.');
  return readFileSync(path, 'utf8');
}

/**
 * Applies a cast file: each character it names (by name or alias) takes its voice as the author's
 * choice, and so does the narrator. A voice not installed here is kept, and shown as unavailable.
 */
export function importCastFile(db: Database.Database, json: string, language: string, speakable: readonly VoiceInfo[]): CastImport {
  const file = parseCastFile(json);
  const characters = readCharacters(db);
  const narrator = characters.find((c) => c.narrator);
  const match = matchCast(
    file,
    characters.filter((c) => !c.narrator).map((c) => ({ id: String(c.id), name: c.name, aliases: c.aliases })),
  );
  db.transaction(() => {
    if (match.narrator && narrator) setCharacterVoice(db, narrator.id, match.narrator, 'user');
    for (const [id, choice] of Object.entries(match.characters)) setCharacterVoice(db, Number(id), choice, 'user');
  })();
  return { state: castingState(db, language, speakable), matched: Object.keys(match.characters).length, unmatched: match.unmatched };
}
