import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// pdf.js parses in its own worker, a module served with the app: the CSP's script-src 'self' covers it.
GlobalWorkerOptions.workerSrc = workerUrl;

/** Opens a PDF from its bytes. Fonts and functions are never compiled from strings (no eval). */
export function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({ data: bytes.slice(), isEvalSupported: false, enableXfa: false }).promise;
}
