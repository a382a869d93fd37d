import type { PdfDescription, PdfPageSource, PdfPageText } from '../import/pdf/pdf-page-source';
import type { WorkerTasks } from './worker-tasks';
import { retry } from './retry';
import { WorkerFailure, type WorkerPool } from './worker-pool';

/**
 * Spreads a PDF over the worker pool: pages are independent, so contiguous ranges go to different
 * workers, each opening its own copy of the document. While one worker reads the page count and the
 * outline, the others load pdf.js and parse the same document, which they keep open for their first
 * range; this thread never loads pdf.js at all. A range whose worker died is retried.
 */
export function pooledPdfPageSource(pool: WorkerPool, workers: number): PdfPageSource {
  const run = <K extends keyof WorkerTasks>(task: K, input: WorkerTasks[K]['input'] & { bytes: Uint8Array }, signal?: AbortSignal) =>
    retry(() => pool.run<WorkerTasks[K]['output']>(task, { ...input, bytes: input.bytes.slice() }, { signal }), {
      attempts: 2,
      isTransient: (e) => e instanceof WorkerFailure,
      signal,
    });
  return {
    async describe(bytes, signal): Promise<PdfDescription> {
      const description = run('pdf.describe', { bytes }, signal);
      warmPdfWorkers(pool, workers - 1, bytes, signal);
      return description;
    },
    async extract(bytes, pageNumbers, signal): Promise<PdfPageText[]> {
      const ranges = splitRanges(pageNumbers, workers);
      const results = await Promise.all(ranges.map((pages) => run('pdf.extractPages', { bytes, pages }, signal)));
      return results.flat();
    },
  };
}

/**
 * Has `count` idle workers load pdf.js and parse the document, which each keeps open for the pages it
 * is asked for next. A failure here is the real task's to report.
 */
export function warmPdfWorkers(pool: WorkerPool, count: number, bytes: Uint8Array, signal?: AbortSignal): void {
  for (let i = 0; i < count; i++) {
    pool.run<WorkerTasks['pdf.extractPages']['output']>('pdf.extractPages', { bytes: bytes.slice(), pages: [] }, { signal }).catch(() => undefined);
  }
}

/** Splits the page list into at most `parts` contiguous ranges of nearly equal size. */
export function splitRanges(pages: number[], parts: number): number[][] {
  const count = Math.max(1, Math.min(parts, pages.length));
  const size = Math.ceil(pages.length / count);
  const ranges: number[][] = [];
  for (let i = 0; i < pages.length; i += size) ranges.push(pages.slice(i, i + size));
  return ranges;
}
