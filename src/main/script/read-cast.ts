import type Database from 'better-sqlite3';
import { StudioError } from '../../shared/errors';
import type { Gender } from '../../shared/script';
import type { CastMember, CharacterStats } from '../../shared/script-editing';
import { CORRECTION_JOIN } from '../project/analysis-store';
import { NARRATOR_COLOUR } from './colours';
import { EFFECTIVE_SPEAKER_SQL, narratorId } from './segment-records';
import { statement } from './statements';

export interface CharacterRecord {
  id: number;
  key: string;
  name: string;
  aliases: string;
  gender: Gender;
  narrator: number;
  origin: 'analysis' | 'user';
  colour: string | null;
  author_edited: number;
}

/** Who reads each segment of the chapters read aloud, with its chapter and words. */
const SPOKEN = `
  SELECT s.chapter_id, c.idx AS chapter_idx, ${EFFECTIVE_SPEAKER_SQL} AS speaker, coalesce(s.words, 0) AS words
  FROM segments s JOIN chapters c ON c.id = s.chapter_id AND c.included = 1
  ${CORRECTION_JOIN}`;

export function characterRecord(db: Database.Database, characterId: number): CharacterRecord {
  const row = statement(db, 'SELECT * FROM characters WHERE id = ?').get(characterId) as CharacterRecord | undefined;
  if (!row) throw new StudioError('NOT_FOUND', `There is no character ${characterId} in this project.`);
  return row;
}

export function parseAliases(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((a): a is string => typeof a === 'string') : [];
}

/**
 * The cast with the lines and words each reads in the chapters read aloud (narration counts for
 * the narrator): the narrator first, then by lines, then by name.
 */
export function readCast(db: Database.Database): CastMember[] {
  const totals = new Map<number, { lines: number; words: number }>();
  const rows = statement(db, `SELECT speaker, count(*) AS lines, sum(words) AS words FROM (${SPOKEN}) WHERE speaker IS NOT NULL GROUP BY speaker`)
    .all(narratorId(db)) as Array<{ speaker: number; lines: number; words: number }>;
  for (const r of rows) totals.set(r.speaker, { lines: r.lines, words: r.words });
  const characters = statement(db, 'SELECT * FROM characters').all() as CharacterRecord[];
  return characters
    .map((c): CastMember => ({
      id: c.id,
      name: c.name,
      aliases: parseAliases(c.aliases),
      gender: c.gender,
      narrator: c.narrator === 1,
      // Colours are assigned when a project opens and when a character is added; this is only a fallback.
      colour: c.colour ?? NARRATOR_COLOUR,
      lines: totals.get(c.id)?.lines ?? 0,
      words: totals.get(c.id)?.words ?? 0,
      origin: c.origin,
    }))
    .sort((a, b) => Number(b.narrator) - Number(a.narrator) || b.lines - a.lines || a.name.localeCompare(b.name));
}

/** Lines and words per character per chapter read aloud, for the charts. */
export function readStats(db: Database.Database): CharacterStats[] {
  const rows = statement(
    db,
    `SELECT speaker, chapter_id, count(*) AS lines, sum(words) AS words FROM (${SPOKEN})
     WHERE speaker IS NOT NULL GROUP BY speaker, chapter_id ORDER BY speaker, min(chapter_idx)`,
  ).all(narratorId(db)) as Array<{ speaker: number; chapter_id: number; lines: number; words: number }>;
  const byCharacter = new Map<number, CharacterStats>();
  for (const r of rows) {
    let stats = byCharacter.get(r.speaker);
    if (!stats) {
      stats = { characterId: r.speaker, chapters: [] };
      byCharacter.set(r.speaker, stats);
    }
    stats.chapters.push({ chapterId: r.chapter_id, lines: r.lines, words: r.words });
  }
  return readCast(db).map((c) => byCharacter.get(c.id) ?? { characterId: c.id, chapters: [] });
}
