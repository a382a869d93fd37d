import { readFileSync, statSync } from 'node:fs';
import { LIMITS } from '../import/limits';
import { sniffContainer } from '../import/sniff-format';
import { warmPdfWorkers } from '../jobs/pooled-pdf-page-source';
import type { WorkerPool } from '../jobs/worker-pool';
import { parseAnalyzeArgs } from './analyze-options';
import { cliWorkerPool } from './cli-worker-pool';

/**
 * For `analyze` of a PDF, starts the worker threads before the rest of the command line loads: each
 * thread's own start, pdf.js's load and the document's parse then overlap the main thread's loading
 * instead of following it. Whatever is not plainly a readable PDF starts nothing; the command then
 * reads the file itself and reports any problem as usual.
 */
export function startPdfWorkersEarly(argv: string[], workerFile: string): WorkerPool | undefined {
  try {
    const parsed = parseAnalyzeArgs(argv);
    if (parsed.kind !== 'run') return undefined;
    const { file, workers } = parsed.request;
    const info = statSync(file);
    if (!info.isFile() || info.size > LIMITS.maxInputBytes) return undefined;
    const bytes = new Uint8Array(readFileSync(file));
    if (sniffContainer(bytes).container !== 'pdf') return undefined;
    const pool = cliWorkerPool(workerFile, workers);
    warmPdfWorkers(pool, workers, bytes);
    return pool;
  } catch {
    return undefined;
  }
}
