import { join } from 'node:path';
import { isAbandonedTemp, isTempName } from '../../render/temp-files';
import { addFreed, listCacheFiles, removeFiles, type Freed } from './cache-files';

/** Older than this, a temporary file is left over whoever wrote it: a block encodes in seconds, a line is written in one call. */
export const TEMP_SAFE_AGE_MS = 60 * 60 * 1000;

/**
 * Removes what killed encodes and syntheses left in a project's audio cache (lines and blocks): temporary files
 * older than the safe age, or whose owner is known and no longer writing them.
 */
export function sweepTemps(cacheDir: string, now = Date.now(), safeAgeMs = TEMP_SAFE_AGE_MS): Freed {
  let freed: Freed = { files: 0, bytes: 0 };
  for (const root of [cacheDir, join(cacheDir, 'blocks')]) {
    const abandoned = listCacheFiles(root).filter((f) => {
      const base = f.name.slice(3);
      return isTempName(base) && isAbandonedTemp(f.path, base, now - f.mtimeMs, safeAgeMs);
    });
    freed = addFreed(freed, removeFiles(abandoned));
  }
  return freed;
}
