/**
 * Temporary files in the render cache. An encode writes under a name that carries the process id,
 * and is listed here while it runs, so a sweep can tell a file a live job is still writing from one a
 * killed encode left behind. The atomic writes of lines and their timings (`<name>.<12 hex>.tmp`,
 * written in one synchronous call) and the encodes of older versions carry no owner: only their age
 * tells.
 */
import { randomBytes } from 'node:crypto';
import { processAlive } from './process-alive';

const OWNED = /\.(\d+)-[0-9a-f]{10}\.partial(\.[a-z0-9]+)?$/;
const UNOWNED = [/\.[0-9a-f]{10}\.partial(\.[a-z0-9]+)?$/, /\.[0-9a-f]{12}\.tmp$/];

const live = new Set<string>();

/** A temporary name beside `finalPath`, owned by this process; `extension` keeps FFmpeg's format guess. */
export function ownedTempPath(finalPath: string, extension: string): string {
  return `${finalPath}.${process.pid}-${randomBytes(5).toString('hex')}.partial.${extension}`;
}

/** Marks a temporary file as being written by a job of this process until the returned release is called. */
export function holdTemp(path: string): () => void {
  live.add(path);
  return () => live.delete(path);
}

export function isTempName(name: string): boolean {
  return OWNED.test(name) || UNOWNED.some((p) => p.test(name));
}

/**
 * Whether a temporary file can go: one whose owner is known and not writing it any more (a process
 * that has ended, or this one when no job holds it), or any that is older than `safeAgeMs`.
 */
export function isAbandonedTemp(path: string, name: string, ageMs: number, safeAgeMs: number): boolean {
  if (ageMs > safeAgeMs) return true;
  const owned = OWNED.exec(name);
  if (!owned) return false;
  const pid = Number(owned[1]);
  if (pid === process.pid) return !live.has(path);
  return !processAlive(pid);
}
