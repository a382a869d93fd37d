import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { pooledPdfPageSource } from '../../jobs/pooled-pdf-page-source';
import { WorkerPool } from '../../jobs/worker-pool';
import { corpusPath, corpusSkipReason, hasCorpus } from '../../testing/corpus';
import { importPdf } from './import-pdf';
import { loadPdfjs } from './load-pdfjs';
import { extractPdfPages, inlinePdfPageSource, type PdfPageText } from './pdf-page-source';
import { buildPdf } from './testing/build-pdf';

// Taken before pdf.js is loaded, which happens on first use.
const nativePush = Array.prototype.push;
const nativeStringify = JSON.stringify;
const nativeResponse = Object.getOwnPropertyDescriptor(globalThis, 'Response');

const bytes = buildPdf({
  pages: Array.from({ length: 6 }, (_, i) => ({
    texts: [
      { text: `Chapter ${i + 1}`, x: 50, y: 80, size: 18 },
      { text: `Page ${i + 1} has a line of text that is long enough to fill the measure`, x: 50, y: 120, size: 11 },
      { text: 'and a second, shorter line.', x: 50, y: 134, size: 11 },
    ],
  })),
});

describe('loadPdfjs', () => {
  it('leaves the native builtins that its polyfills would replace, and no stand-in behind', async () => {
    await loadPdfjs();
    expect(Array.prototype.push).toBe(nativePush);
    expect(JSON.stringify).toBe(nativeStringify);
    expect(Reflect.has(globalThis, 'DOMMatrix')).toBe(false);
    expect(Reflect.has(globalThis, 'ImageData')).toBe(false);
    expect(Reflect.has(globalThis, 'Path2D')).toBe(false);
    expect(Object.getOwnPropertyDescriptor(globalThis, 'Response')).toEqual(nativeResponse);
    expect(Reflect.has(Promise, 'withResolvers')).toBe(true);
  });

  it('does not load the canvas library, which only rendering would need', async () => {
    await loadPdfjs();
    expect(Object.keys(createRequire(import.meta.url).cache).filter((path) => path.includes('@napi-rs'))).toEqual([]);
  });
});

describe('extractPdfPages', () => {
  it('returns upright text items in top-down page coordinates, in the order asked', async () => {
    const [third, first] = await extractPdfPages(bytes, [3, 1]);
    expect(third!.pageNumber).toBe(3);
    expect(first!).toMatchObject({ pageNumber: 1, width: 420, height: 595 });
    expect(first!.items[0]).toMatchObject({ str: 'Chapter 1', x: 50, y: 80, fontSize: 18 });
    expect(first!.items.map((i) => i.str)).toEqual(['Chapter 1', 'Page 1 has a line of text that is long enough to fill the measure', 'and a second, shorter line.']);
  });

  it('leaves the caller’s bytes intact, and DecompressionStream in place once done', async () => {
    const copy = bytes.slice();
    await extractPdfPages(copy, [1]);
    expect(copy.byteLength).toBe(bytes.byteLength);
    expect(Reflect.has(globalThis, 'DecompressionStream')).toBe(true);
  });
});

describe('in worker threads', () => {
  const pool = new WorkerPool({ file: fileURLToPath(new URL('../../jobs/worker-entry.ts', import.meta.url)), size: 2 });
  afterAll(() => pool.close());

  it('extracts the same pages through the worker pool as in this thread', async () => {
    const pages = [1, 2, 3, 4, 5, 6];
    // Font names carry the number of the document in its thread, so they are left out.
    const withoutFonts = (list: PdfPageText[]) => list.map((p) => ({ ...p, items: p.items.map(({ fontName: _, ...rest }) => rest) }));
    const pooled = await pooledPdfPageSource(pool, 2).extract(bytes, pages);
    expect(withoutFonts(pooled)).toEqual(withoutFonts(await inlinePdfPageSource.extract(bytes, pages)));
  });

  it('describes the document on a worker as in this thread', async () => {
    expect(await pooledPdfPageSource(pool, 2).describe(bytes)).toEqual(await inlinePdfPageSource.describe(bytes));
  });

  it.skipIf(!hasCorpus)(`refuses a locked PDF on a worker with its code${hasCorpus ? '' : ` (skipped: ${corpusSkipReason})`}`, async () => {
    const locked = new Uint8Array(readFileSync(corpusPath('bad/password-protected.pdf')));
    await expect(pooledPdfPageSource(pool, 2).describe(locked)).rejects.toMatchObject({ code: 'PASSWORD_PROTECTED' });
  });

  it('imports the same book with pages spread over workers', async () => {
    const inline = await importPdf(bytes, { fileName: 'b.pdf' });
    const pooled = await importPdf(bytes, { fileName: 'b.pdf', pdfPages: pooledPdfPageSource(pool, 2) });
    expect(pooled).toEqual(inline);
    expect(inline.chapters).toHaveLength(6);
  });
});
