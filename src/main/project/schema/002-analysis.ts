import type { Migration } from './migration';

/** The analysis: the cast, the segments, and the author's speaker fixes kept apart from them. */
export const analysisSchema: Migration = {
  version: 2,
  sql: `
  CREATE TABLE characters (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    gender TEXT NOT NULL CHECK (gender IN ('female', 'male', 'unknown')),
    narrator INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL CHECK (origin IN ('analysis', 'user'))
  );
  CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    chapter_id INTEGER NOT NULL REFERENCES chapters(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('narration', 'dialogue')),
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    source TEXT,
    speaker_id INTEGER REFERENCES characters(id) ON DELETE SET NULL,
    confidence REAL NOT NULL,
    reason TEXT,
    UNIQUE (chapter_id, idx)
  );
  -- The author's fixes, kept apart from the analysis so that re-analysing never overwrites them.
  -- A fix names the segment by its source span, which survives re-segmentation.
  CREATE TABLE speaker_corrections (
    chapter_id INTEGER NOT NULL REFERENCES chapters(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    speaker_id INTEGER REFERENCES characters(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    PRIMARY KEY (chapter_id, source, start, end)
  );
  `,
};
