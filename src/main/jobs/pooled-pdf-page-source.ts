import type { PdfPageSource, PdfPageText } from '../import/pdf/pdf-page-source';
import type { WorkerTasks } from './worker-tasks';
import { retry } from './retry';
import { WorkerFailure, type WorkerPool } from './worker-pool';

/**
 * Spreads PDF page extraction over the worker pool: pages are independent, so contiguous ranges go to
 * different workers, each opening its own copy of the document. A range whose worker died is retried.
 */
export function pooledPdfPageSource(pool: WorkerPool, workers: number): PdfPageSource {
  return {
    async extract(bytes, pageNumbers, signal) {
      const ranges = splitRanges(pageNumbers, workers);
      const results = await Promise.all(
        ranges.map((pages) =>
          retry(
            () => {
              const input: WorkerTasks['pdf.extractPages']['input'] = { bytes: bytes.slice(), pages };
              return pool.run<PdfPageText[]>('pdf.extractPages', input, { signal, transfer: [input.bytes.buffer as ArrayBuffer] });
            },
            { attempts: 2, isTransient: (e) => e instanceof WorkerFailure, signal },
          ),
        ),
      );
      return results.flat();
    },
  };
}

/** Splits the page list into at most `parts` contiguous ranges of nearly equal size. */
export function splitRanges(pages: number[], parts: number): number[][] {
  const count = Math.max(1, Math.min(parts, pages.length));
  const size = Math.ceil(pages.length / count);
  const ranges: number[][] = [];
  for (let i = 0; i < pages.length; i += size) ranges.push(pages.slice(i, i + size));
  return ranges;
}
