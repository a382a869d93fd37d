/**
 * The files of a content-addressed cache folder (`<root>/<2 hex>/<file>`), listed without following
 * links: a shard that is not a real folder, and an entry that is not a regular file, is skipped, so
 * nothing the pruning removes can lie outside the cache.
 */
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface CacheFile {
  /** `<2 hex>/<file>`, relative to the cache root. */
  name: string;
  path: string;
  size: number;
  mtimeMs: number;
}

export interface Freed {
  files: number;
  bytes: number;
}

const SHARD = /^[0-9a-f]{2}$/;

export function listCacheFiles(root: string): CacheFile[] {
  const files: CacheFile[] = [];
  for (const shard of entries(root)) {
    if (!SHARD.test(shard)) continue;
    const dir = join(root, shard);
    if (!lstatSync(dir).isDirectory()) continue;
    for (const file of entries(dir)) {
      const path = join(dir, file);
      const stat = lstatSync(path, { throwIfNoEntry: false });
      if (stat?.isFile()) files.push({ name: `${shard}/${file}`, path, size: stat.size, mtimeMs: stat.mtimeMs });
    }
  }
  return files;
}

/** Removes the files, counting what was freed (a file already gone counts for nothing). */
export function removeFiles(files: readonly CacheFile[]): Freed {
  const freed: Freed = { files: 0, bytes: 0 };
  for (const file of files) {
    const stat = lstatSync(file.path, { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    rmSync(file.path, { force: true });
    freed.files++;
    freed.bytes += stat.size;
  }
  return freed;
}

export function addFreed(a: Freed, b: Freed): Freed {
  return { files: a.files + b.files, bytes: a.bytes + b.bytes };
}

function entries(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
    throw error;
  }
}
