import type { Migration } from './migration';

/**
 * What the render cache may lose. `render_export_blocks` names, per exported file and per unit of
 * the book it holds (a chapter or the credits), the cache files it was joined from (paths relative
 * to the block cache), so blocks no file uses any more can be removed after an export, and an export
 * of some chapters keeps the rows of the others. `render_leases` lists the renders under way on this
 * project (by process), so no render removes blocks another process may be about to join.
 */
export const renderBlocksSchema: Migration = {
  version: 7,
  sql: `
  CREATE TABLE render_export_blocks (
    path TEXT NOT NULL REFERENCES render_exports(path) ON DELETE CASCADE,
    unit TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (path, unit, name)
  );
  CREATE INDEX render_export_blocks_name ON render_export_blocks (name);
  CREATE TABLE render_leases (
    owner TEXT PRIMARY KEY,
    pid INTEGER NOT NULL,
    at TEXT NOT NULL
  );
  `,
};
