import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { StudioError } from '../../../shared/errors';
import { statement } from '../../script/statements';

/** The cache files (relative to the block cache) an exported file was joined from, per unit of the book it holds. */
export interface FileBlocks {
  path: string;
  units: ReadonlyMap<string, readonly string[]>;
}

/** Encoded blocks (`<2 hex>/<sha256>.aac|mp3`) and the loudness readings of assembled blocks (`<2 hex>/<sha256>.<rate>.loudness.json`). */
const BLOCK_NAME = /^([0-9a-f]{2})\/(\1[0-9a-f]{62})\.(aac|mp3|\d{4,6}\.loudness\.json)$/;

/** The kinds of exported file joined from blocks. */
export const BLOCK_JOINED_KINDS: readonly string[] = ['m4b', 'chapter-mp3', 'opening-credits', 'closing-credits'];

export function isBlockName(name: string): boolean {
  return BLOCK_NAME.test(name);
}

/** The block's reading beside its audio (`<sha256>.json`); a loudness reading has none. */
function companion(name: string): string | null {
  return /\.(aac|mp3)$/.test(name) ? name.replace(/\.(aac|mp3)$/, '.json') : null;
}

export type KeepSet = { names: Set<string> } | { refused: string };

/**
 * Which blocks every exported file of the project was joined from. An export replaces the rows of the
 * units it wrote; an export of some chapters keeps the others' rows (their blocks are still what the
 * file holds for them, and valid for the next export), a complete export replaces the file's rows.
 */
export class BlockRecords {
  constructor(private readonly db: Database.Database) {}

  /** Records the blocks of files whose `render_exports` rows exist; call in the transaction that writes them. */
  record(files: readonly FileBlocks[], complete: boolean): void {
    const clearFile = statement(this.db, 'DELETE FROM render_export_blocks WHERE path = ?');
    const clearUnit = statement(this.db, 'DELETE FROM render_export_blocks WHERE path = ? AND unit = ?');
    const insert = statement(this.db, 'INSERT OR IGNORE INTO render_export_blocks (path, unit, name) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const file of files) {
        if (complete) clearFile.run(file.path);
        for (const [unit, names] of file.units) {
          if (!complete) clearUnit.run(file.path, unit);
          for (const name of names) {
            if (!isBlockName(name)) throw new StudioError('INVALID_REQUEST', `"${name}" is not the name of a block in the render cache.`);
            insert.run(file.path, unit, name);
          }
        }
      }
    })();
  }

  hasBlocks(path: string): boolean {
    return statement(this.db, 'SELECT 1 FROM render_export_blocks WHERE path = ? LIMIT 1').get(path) !== undefined;
  }

  /**
   * The cache files some exported file still uses, or why none may be removed: a recorded name that
   * is not a block's (a path, `..`), or a file on disk exported before its blocks were recorded.
   */
  keepSet(): KeepSet {
    const names = new Set<string>();
    for (const { name } of statement(this.db, 'SELECT DISTINCT name FROM render_export_blocks').all() as Array<{ name: string }>) {
      if (!isBlockName(name)) return { refused: `the project records "${name}", which is not the name of a block in the render cache` };
      names.add(name);
      const info = companion(name);
      if (info) names.add(info);
    }
    const kinds = BLOCK_JOINED_KINDS.map(() => '?').join(', ');
    const unrecorded = statement(
      this.db,
      `SELECT e.path FROM render_exports e WHERE e.kind IN (${kinds}) AND NOT EXISTS (SELECT 1 FROM render_export_blocks b WHERE b.path = e.path)`,
    ).all(...BLOCK_JOINED_KINDS) as Array<{ path: string }>;
    const onDisk = unrecorded.find((r) => existsSync(r.path));
    if (onDisk) return { refused: `${onDisk.path} was exported before its blocks were recorded; export it again first` };
    return { names };
  }
}
