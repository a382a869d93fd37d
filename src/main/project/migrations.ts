import type Database from 'better-sqlite3';

/**
 * Numbered schema migrations; `PRAGMA user_version` records the last one applied. Append only: a
 * shipped migration never changes, so every project file can be brought up to date.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  CREATE TABLE source_file (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    format TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    bytes BLOB NOT NULL
  );
  CREATE TABLE chapters (
    id INTEGER PRIMARY KEY,
    idx INTEGER NOT NULL UNIQUE,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('body', 'front-matter', 'back-matter')),
    role TEXT,
    included INTEGER NOT NULL CHECK (included IN (0, 1)),
    word_count INTEGER NOT NULL
  );
  CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    chapter_id INTEGER NOT NULL REFERENCES chapters(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    source TEXT,
    emphasis TEXT,
    scene_break INTEGER NOT NULL DEFAULT 0,
    UNIQUE (chapter_id, idx)
  );
  CREATE TABLE edits (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL
  );
  `,
  `
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
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(db: Database.Database): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > SCHEMA_VERSION) {
    throw new Error(`project schema ${current} is newer than this version of Dramatis (${SCHEMA_VERSION})`);
  }
  for (let version = current; version < SCHEMA_VERSION; version++) {
    const sql = MIGRATIONS[version];
    if (sql === undefined) break;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
