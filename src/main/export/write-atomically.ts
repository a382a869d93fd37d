import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Runs `write` on a temporary file beside `path` and renames it into place once `write` has
 * finished, so `path` never names a half-written file; on failure the temporary file is removed.
 */
export async function writeAtomically<T>(path: string, write: (temporaryPath: string) => Promise<T>): Promise<T> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const result = await write(temporary);
    await rename(temporary, path);
    return result;
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
