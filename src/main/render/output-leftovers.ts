/**
 * What a render writes in the output folder before its files are final: a working folder of
 * assembled audio and the staged outputs (see `StagedOutputs`). A render that finishes, fails or is
 * cancelled removes both; one that was killed leaves them behind, and the working folder holds the
 * whole book's PCM. Both names carry the process id, so the next render into the folder can tell
 * what a killed process left from what a live one is still writing.
 */
import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { processAlive } from './process-alive';

const WORK_DIR = /^\.dramatis-render-(?:(\d+)-)?[A-Za-z0-9]{6}$/;
const STAGED = /^\..+\.(?:(\d+)-)?[0-9a-f]{10}\.partial$/;

/** Names from before the process id was part of them are left alone until they are this old. */
export const UNOWNED_SAFE_AGE_MS = 24 * 60 * 60 * 1000;

/** The prefix for `mkdtemp` of a render's working folder in `outDir`. */
export function workDirPrefix(outDir: string): string {
  return join(outDir, `.dramatis-render-${process.pid}-`);
}

/** The staged name of an output that will be named `fileName`. */
export function stagedName(fileName: string): string {
  return `.${fileName}.${process.pid}-${randomBytes(5).toString('hex')}.partial`;
}

/**
 * Removes the working folders and staged outputs of renders whose process has ended, from `outDir`
 * only (never below it, never through a symbolic link). Best effort: a leftover that cannot be
 * removed now is tried again by the next render, and never stops this one.
 */
export function sweepOutputLeftovers(outDir: string, now = Date.now()): { removed: number } {
  let entries: string[];
  try {
    entries = readdirSync(outDir);
  } catch {
    return { removed: 0 };
  }
  let removed = 0;
  for (const name of entries) {
    const owner = WORK_DIR.exec(name) ?? STAGED.exec(name);
    if (!owner) continue;
    const path = join(outDir, name);
    try {
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) continue;
      if (WORK_DIR.test(name) !== stat.isDirectory()) continue;
      const pid = owner[1] === undefined ? null : Number(owner[1]);
      const abandoned = pid === null ? now - stat.mtimeMs > UNOWNED_SAFE_AGE_MS : !processAlive(pid);
      if (!abandoned) continue;
      rmSync(path, { recursive: true, force: true });
      removed++;
    } catch {
      continue;
    }
  }
  return { removed };
}
