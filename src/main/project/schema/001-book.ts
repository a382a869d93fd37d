import type { Migration } from './migration';

/** The book as imported: source file, chapters, paragraphs, and the edit history. */
export const bookSchema: Migration = {
  version: 1,
  sql: `
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
};
