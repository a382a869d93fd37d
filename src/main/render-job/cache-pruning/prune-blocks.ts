import type Database from 'better-sqlite3';
import { isTempName } from '../../render/temp-files';
import { BlockRecords } from './block-records';
import { listCacheFiles, removeFiles, type Freed } from './cache-files';
import { RenderLeases } from './render-leases';

export type PruneOutcome = Freed & { skipped: string | null };

/** Every kind of file the block cache keeps: encoded blocks, their readings, the loudness of assembled blocks. */
const BLOCK_FILE = /^[0-9a-f]{64}\.(aac|mp3|json|\d{4,6}\.loudness\.json)$/;

/**
 * Removes the blocks (and their readings) that no exported file of the project uses any more, as
 * the project records them; nothing while another render of the project is under way, or while
 * the records cannot be trusted. Temporary files are left to the sweep, unknown files alone.
 */
export function pruneBlocks(db: Database.Database, blocksDir: string, owner: string | null): PruneOutcome {
  if (new RenderLeases(db).othersRunning(owner)) return { files: 0, bytes: 0, skipped: 'another render of this project is under way' };
  const keep = new BlockRecords(db).keepSet();
  if ('refused' in keep) return { files: 0, bytes: 0, skipped: keep.refused };
  const unused = listCacheFiles(blocksDir).filter((f) => {
    const base = f.name.slice(3);
    return !isTempName(base) && BLOCK_FILE.test(base) && !keep.names.has(f.name);
  });
  return { ...removeFiles(unused), skipped: null };
}
