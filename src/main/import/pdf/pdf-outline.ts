import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** An outline (bookmark) entry resolved to where it points. */
export interface PdfOutlineEntry {
  title: string;
  /** 1 for top-level entries. */
  level: number;
  pageNumber: number;
  /** The top of the destination, in the page coordinates of `PdfTextItem` (from the top), if given. */
  top?: number;
}

/** Entries deeper than this are sections, never chapters. */
const MAX_LEVEL = 3;
/** A hostile outline cannot make the import resolve more entries than this. */
const MAX_ENTRIES = 5000;

type OutlineNode = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number];

/**
 * The document's outline in reading order, each entry resolved to a page and, for destinations that
 * name one (XYZ, FitH, FitBH, FitR), a position on it. Entries that point nowhere are left out.
 */
export async function readPdfOutline(document: PDFDocumentProxy): Promise<PdfOutlineEntry[]> {
  let outline: OutlineNode[] | null;
  try {
    outline = await document.getOutline();
  } catch {
    return [];
  }
  const entries: PdfOutlineEntry[] = [];
  const visit = async (nodes: OutlineNode[], level: number): Promise<void> => {
    for (const node of nodes) {
      if (entries.length >= MAX_ENTRIES) return;
      const entry = await resolve(document, node, level);
      if (entry) entries.push(entry);
      if (level < MAX_LEVEL && node.items.length > 0) await visit(node.items, level + 1);
    }
  };
  await visit(outline ?? [], 1);
  return entries;
}

async function resolve(document: PDFDocumentProxy, node: OutlineNode, level: number): Promise<PdfOutlineEntry | null> {
  const title = node.title.replace(/\s+/gu, ' ').trim();
  if (!title || node.dest === null) return null;
  try {
    const dest = typeof node.dest === 'string' ? await document.getDestination(node.dest) : node.dest;
    if (!Array.isArray(dest) || dest.length === 0) return null;
    const target: unknown = dest[0];
    const pageIndex = typeof target === 'number' ? target : isRef(target) ? await document.getPageIndex(target) : -1;
    if (!Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex >= document.numPages) return null;
    const entry: PdfOutlineEntry = { title, level, pageNumber: pageIndex + 1 };
    const position = destinationPoint(dest);
    if (position) {
      const page = await document.getPage(pageIndex + 1);
      const [, top] = page.getViewport({ scale: 1 }).convertToViewportPoint(position.left, position.top) as [number, number];
      if (Number.isFinite(top)) entry.top = top;
    }
    return entry;
  } catch {
    return null;
  }
}

/** The point at the top of the destination, in PDF user space. */
function destinationPoint(dest: unknown[]): { left: number; top: number } | null {
  const kind = (dest[1] as { name?: unknown } | undefined)?.name;
  const num = (i: number): number | null => (typeof dest[i] === 'number' ? (dest[i] as number) : null);
  let left: number | null = null;
  let top: number | null = null;
  if (kind === 'XYZ') [left, top] = [num(2), num(3)];
  else if (kind === 'FitH' || kind === 'FitBH') top = num(2);
  else if (kind === 'FitR') [left, top] = [num(2), num(5)];
  return top === null ? null : { left: left ?? 0, top };
}

function isRef(value: unknown): value is { num: number; gen: number } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.num === 'number' && typeof v.gen === 'number';
}
