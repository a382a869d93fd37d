import { WorkerPool } from '../jobs/worker-pool';
import { codeCacheDir, defaultCacheDir } from '../settings/app-paths';

/** `--workers`: from 1 to 16 threads. */
export function workerCount(value: string | undefined): number {
  return Math.max(1, Math.min(16, Number(value) || 1));
}

/** The pool of every command: one task at a time per thread, each given two minutes at most. */
export function cliWorkerPool(workerFile: string, size: number): WorkerPool {
  return new WorkerPool({ file: workerFile, size, taskTimeoutMs: 120_000, maxYoungGenerationSizeMb: 12, codeCacheDir: codeCacheDir(defaultCacheDir()) });
}
