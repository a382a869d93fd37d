import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { StudioError } from '../../../shared/errors';
import { throwIfAborted } from '../import-context';
import { LIMITS } from '../limits';
import { savePdfjsCodeCache } from './load-pdfjs';
import { withPdfDocument } from './open-pdf-document';
import { readPdfMetadata, type PdfMetadata } from './pdf-metadata';
import { readPdfOutline, type PdfOutlineEntry } from './pdf-outline';

/**
 * A run of text as pdf.js reports it, in page coordinates after the page's rotation: points from the
 * left edge (`x`) and from the top edge down to the baseline (`y`), so reading order is ascending `y`.
 * Only upright text is kept; rotated and vertical runs (margin notes, stamps) are dropped.
 */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** pdf.js's name for the font, stable within one page only. */
  fontName: string;
  fontSize: number;
  hasEOL: boolean;
}

export interface PdfPageText {
  pageNumber: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  /** The page's content could not be read (a damaged page in a readable document). */
  unreadable?: boolean;
}

/** What is read from the document as a whole before its pages. */
export interface PdfDescription {
  pageCount: number;
  meta: PdfMetadata;
  outline: PdfOutlineEntry[];
}

export interface PdfPageSource {
  /** Page count, metadata and outline; refuses a document with too many pages. */
  describe(bytes: Uint8Array, signal?: AbortSignal): Promise<PdfDescription>;
  /** Extracts the text items of the given 1-based pages of the document. */
  extract(bytes: Uint8Array, pageNumbers: number[], signal?: AbortSignal): Promise<PdfPageText[]>;
}

/** Reads the document in this thread. */
export const inlinePdfPageSource: PdfPageSource = {
  describe: (bytes) => describePdf(bytes),
  extract: (bytes, pageNumbers, signal) => extractPdfPages(bytes, pageNumbers, signal),
};

export function describePdf(bytes: Uint8Array): Promise<PdfDescription> {
  return withPdfDocument(bytes, async (document) => {
    if (document.numPages > LIMITS.maxPdfPages) {
      throw new StudioError('TOO_LARGE', `This PDF has ${document.numPages} pages; the most that can be imported is ${LIMITS.maxPdfPages}. Split it into parts and import them one at a time.`);
    }
    return { pageCount: document.numPages, meta: await readPdfMetadata(document), outline: await readPdfOutline(document) };
  });
}

/**
 * Extracts the text items of the given 1-based pages, in the order given. Pure apart from a short-lived
 * cache of the parsed document (see `withPdfDocument`), so a worker thread can call it once per range
 * of pages, and successive ranges of the same file in one thread parse it and its fonts only once.
 */
export function extractPdfPages(bytes: Uint8Array, pageNumbers: number[], signal?: AbortSignal): Promise<PdfPageText[]> {
  return withPdfDocument(bytes, async (document) => {
    const pages: PdfPageText[] = [];
    for (const pageNumber of pageNumbers) {
      throwIfAborted(signal);
      pages.push(await extractPage(document, pageNumber));
    }
    if (pages.length > 0) savePdfjsCodeCache();
    return pages;
  });
}

async function extractPage(document: PDFDocumentProxy, pageNumber: number): Promise<PdfPageText> {
  let page;
  try {
    page = await document.getPage(pageNumber);
  } catch {
    return { pageNumber, width: 0, height: 0, items: [], unreadable: true };
  }
  const viewport = page.getViewport({ scale: 1 });
  const base = { pageNumber, width: viewport.width, height: viewport.height };
  try {
    // Normalisation is ours (see clean/), so pdf.js's NFKC pass would only cost time.
    const content = await page.getTextContent({ disableNormalization: true });
    const items: PdfTextItem[] = [];
    const [a, b, c, d, e, f] = viewport.transform as [number, number, number, number, number, number];
    for (const raw of content.items) {
      if (!('str' in raw)) continue;
      const item = toPageItem(raw, a, b, c, d, e, f);
      if (item) items.push(item);
    }
    return { ...base, items };
  } catch {
    return { ...base, items: [], unreadable: true };
  } finally {
    page.cleanup();
  }
}

type TextItem = Extract<Awaited<ReturnType<PDFPageProxy['getTextContent']>>['items'][number], { str: string }>;

/** Maps an item into top-down page coordinates (the viewport transform [a b c d e f]). */
function toPageItem(raw: TextItem, a: number, b: number, c: number, d: number, e: number, f: number): PdfTextItem | null {
  if (raw.str.trim() === '') return null;
  const [t0, t1, t2, t3, t4, t5] = raw.transform as [number, number, number, number, number, number];
  const m0 = a * t0 + c * t1;
  const m1 = b * t0 + d * t1;
  const m3 = b * t2 + d * t3;
  // Upright: the baseline runs left to right and the glyphs stand up (y grows downwards here).
  // A skew (fake italics) is fine.
  if (!(m0 > 0) || !(m3 < 0) || Math.abs(m1) > 0.05 * m0) return null;
  return {
    str: raw.str,
    x: a * t4 + c * t5 + e,
    y: b * t4 + d * t5 + f,
    width: raw.width,
    height: raw.height,
    fontName: raw.fontName,
    fontSize: -m3,
    hasEOL: raw.hasEOL,
  };
}
