import type { Migration } from './migration';

/**
 * The loudness gain each exported file part was last encoded with, per target. An export keeps it
 * while the part still meets its target with it, so after a small edit the blocks that did not change
 * keep their encodings (a block's encoding depends on the gain).
 */
export const renderGainsSchema: Migration = {
  version: 6,
  sql: `
  CREATE TABLE render_gains (
    unit TEXT NOT NULL,
    part INTEGER NOT NULL,
    target TEXT NOT NULL,
    gain_db REAL NOT NULL,
    PRIMARY KEY (unit, part, target)
  );
  `,
};
