import type { Migration } from './migration';

/**
 * Render state. The audio itself lives in the content-addressed cache beside the project; these
 * tables say which audio each segment (and each chapter's spoken title) was last rendered with, and
 * which inputs every exported file was built from (and its pre-flight result), so a render resumes
 * where it stopped and an export is rebuilt only when its inputs changed. `render_runs` keeps the last run's summary and its
 * pre-flight report, as JSON.
 */
export const renderSchema: Migration = {
  version: 5,
  sql: `
  CREATE TABLE render_segments (
    segment_id INTEGER PRIMARY KEY REFERENCES segments(id) ON DELETE CASCADE,
    cache_key TEXT NOT NULL,
    samples INTEGER NOT NULL,
    sample_rate INTEGER NOT NULL,
    at TEXT NOT NULL
  );
  CREATE TABLE render_titles (
    chapter_id INTEGER PRIMARY KEY REFERENCES chapters(id) ON DELETE CASCADE,
    cache_key TEXT NOT NULL,
    samples INTEGER NOT NULL,
    sample_rate INTEGER NOT NULL,
    at TEXT NOT NULL
  );
  CREATE TABLE render_exports (
    path TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    chapter_id INTEGER REFERENCES chapters(id) ON DELETE CASCADE,
    inputs_hash TEXT NOT NULL,
    preflight TEXT,
    at TEXT NOT NULL
  );
  CREATE INDEX render_exports_chapter ON render_exports (chapter_id);
  CREATE TABLE render_runs (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    summary TEXT NOT NULL,
    report TEXT,
    at TEXT NOT NULL
  );
  `,
};
