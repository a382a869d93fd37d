import type { Migration } from './migration';

/**
 * Voices of the cast: a voice per character (the narrator is a character too), and the author's
 * per-segment overrides. An override names its segment by source span (as speaker corrections do), so
 * it survives re-analysis. `blend` is a JSON array of `{ voice, weight }`, empty when not blended.
 * The pronunciation lexicon lives here too.
 */
export const voicesSchema: Migration = {
  version: 4,
  sql: `
  CREATE TABLE character_voices (
    character_id INTEGER PRIMARY KEY REFERENCES characters(id) ON DELETE CASCADE,
    engine TEXT NOT NULL,
    voice TEXT NOT NULL,
    speaker INTEGER,
    speed REAL NOT NULL DEFAULT 1,
    pitch REAL NOT NULL DEFAULT 0,
    blend TEXT NOT NULL DEFAULT '[]',
    origin TEXT NOT NULL CHECK (origin IN ('auto', 'user')),
    at TEXT NOT NULL
  );
  CREATE TABLE segment_voice_overrides (
    chapter_id INTEGER NOT NULL REFERENCES chapters(id) ON DELETE CASCADE,
    source TEXT NOT NULL DEFAULT '',
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    engine TEXT NOT NULL,
    voice TEXT NOT NULL,
    speaker INTEGER,
    speed REAL NOT NULL DEFAULT 1,
    pitch REAL NOT NULL DEFAULT 0,
    blend TEXT NOT NULL DEFAULT '[]',
    at TEXT NOT NULL,
    PRIMARY KEY (chapter_id, source, start, end)
  );
  -- The pronunciation lexicon. match_key is the grapheme tidied (and lower-cased unless the entry is
  -- case-sensitive): one pronunciation per word as the matcher sees it.
  CREATE TABLE lexicon (
    id INTEGER PRIMARY KEY,
    grapheme TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('alias', 'phoneme')),
    value TEXT NOT NULL,
    case_sensitive INTEGER NOT NULL CHECK (case_sensitive IN (0, 1)),
    match_key TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
  );
  `,
};
