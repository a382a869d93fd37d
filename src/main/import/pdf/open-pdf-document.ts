import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { StudioError } from '../../../shared/errors';
import { loadPdfjs, type PdfJs } from './load-pdfjs';

/** How long an open document is kept for the next batch of pages after its last use. */
const IDLE_MS = 1500;

interface OpenDocument {
  /** The caller's bytes, kept by reference to recognise the same file in the next call. */
  bytes: Uint8Array;
  task: PDFDocumentLoadingTask;
  document: Promise<PDFDocumentProxy>;
  users: number;
  idle?: ReturnType<typeof setTimeout>;
}

let current: OpenDocument | undefined;

/**
 * pdf.js inflates content streams through `DecompressionStream` when the global exists. In Node that
 * is a web stream over zlib's thread pool, which for the few kilobytes of a page's content costs more
 * than pdf.js's own inflater: hiding it saves about an eighth of the extraction time. It is hidden
 * only while documents are in use in this thread, and nothing else in the app uses it.
 */
let inUse = 0;
let decompressionStream: PropertyDescriptor | undefined;

function beginUse(): void {
  if (inUse++ > 0) return;
  decompressionStream = Object.getOwnPropertyDescriptor(globalThis, 'DecompressionStream');
  if (decompressionStream) Reflect.deleteProperty(globalThis, 'DecompressionStream');
}

function endUse(): void {
  if (--inUse > 0 || !decompressionStream) return;
  Object.defineProperty(globalThis, 'DecompressionStream', decompressionStream);
  decompressionStream = undefined;
}

/**
 * Runs `use` on the parsed document. Pages arrive in batches (for progress, and one range per worker
 * thread), and each fresh pdf.js document parses its fonts again, so the last document stays open for
 * a moment and a call with the same bytes reuses it; metadata and pages share one parse too. One
 * document per thread is kept; the next file closes it. The caller must not change `bytes` afterwards.
 */
export async function withPdfDocument<T>(bytes: Uint8Array, use: (document: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const pdfjs = await loadPdfjs();
  const entry = current && sameBytes(current.bytes, bytes) ? current : open(pdfjs, bytes);
  entry.users++;
  if (entry.idle) clearTimeout(entry.idle);
  entry.idle = undefined;
  beginUse();
  try {
    return await use(await entry.document);
  } finally {
    endUse();
    entry.users--;
    if (entry !== current) {
      if (entry.users === 0) void entry.task.destroy();
    } else if (entry.users === 0) {
      entry.idle = setTimeout(() => close(entry), IDLE_MS);
      entry.idle.unref?.();
    }
  }
}

function open(pdfjs: PdfJs, bytes: Uint8Array): OpenDocument {
  if (current && current.users === 0) close(current);
  const task = pdfjs.getDocument({
    // pdf.js takes the buffer it is given (it detaches it), so it gets a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    // Damaged content streams lose what is damaged, not the page.
    stopAtErrors: false,
    verbosity: 0,
  });
  const entry: OpenDocument = { bytes, task, document: task.promise.catch(describeOpenError), users: 0 };
  current = entry;
  entry.document.catch(() => {
    if (current === entry) current = undefined;
  });
  return entry;
}

function close(entry: OpenDocument): void {
  if (current === entry) current = undefined;
  if (entry.idle) clearTimeout(entry.idle);
  void entry.task.destroy();
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.byteLength !== b.byteLength || a.byteLength === 0) return false;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

function describeOpenError(error: unknown): never {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    throw new StudioError('PASSWORD_PROTECTED', 'This PDF is protected by a password. Open it in a PDF reader, save an unprotected copy, and import that.');
  }
  // Whatever else stops pdf.js from reading the file's structure means the file is damaged.
  throw new StudioError('CORRUPT_FILE', 'This PDF is damaged and cannot be read: it may be incomplete. Try downloading or exporting it again.');
}
