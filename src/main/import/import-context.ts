import type { PdfPageSource } from './pdf/pdf-page-source';

/** What every format importer gets besides the bytes. */
export interface ImportContext {
  /** The file's name as the user knows it; used for a fallback title, never to decide the format. */
  fileName: string;
  signal?: AbortSignal;
  /** Reports work done so far, in units the importer chooses (pages, spine items, bytes). */
  progress?: (current: number, total: number) => void;
  /**
   * How PDF pages are extracted: inline in this thread, or spread over the worker pool. The domain
   * code does not know which it has.
   */
  pdfPages?: PdfPageSource;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    const reason: unknown = signal.reason;
    throw reason instanceof Error ? reason : new Error('aborted');
  }
}
