import type Database from 'better-sqlite3';
import { bookSchema } from './schema/001-book';
import { analysisSchema } from './schema/002-analysis';
import { scriptEditingSchema } from './schema/003-script-editing';
import { voicesSchema } from './schema/004-voices';
import { renderSchema } from './schema/005-render';
import { renderGainsSchema } from './schema/006-render-gains';
import { renderBlocksSchema } from './schema/007-render-blocks';
import type { Migration } from './schema/migration';

/**
 * Numbered schema migrations, one file each under `schema/`; `PRAGMA user_version` records the last
 * one applied, so every project file can be brought up to date.
 */
const MIGRATIONS: readonly Migration[] = [bookSchema, analysisSchema, scriptEditingSchema, voicesSchema, renderSchema, renderGainsSchema, renderBlocksSchema];

export const SCHEMA_VERSION = MIGRATIONS.reduce((last, m) => Math.max(last, m.version), 0);

export function migrate(db: Database.Database): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > SCHEMA_VERSION) {
    throw new Error(`project schema ${current} is newer than this version of Dramatis (${SCHEMA_VERSION})`);
  }
  const pending = MIGRATIONS.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
