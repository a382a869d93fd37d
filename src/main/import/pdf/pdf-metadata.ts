import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfMetadata {
  title: string;
  author: string;
  language: string;
}

/** Titles that word processors and printers write instead of the book's. */
const JUNK_TITLE = /^(?:untitled\b.*|document\d*|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|odt|rtf|pdf|txt|indd|tex|html?|md)|title)$/iu;

/** Title, author and language from the XMP metadata, else the document information dictionary. */
export async function readPdfMetadata(document: PDFDocumentProxy): Promise<PdfMetadata> {
  let info: Record<string, unknown> = {};
  let xmp: { get(name: string): unknown } | null = null;
  try {
    const meta = await document.getMetadata();
    info = meta.info as Record<string, unknown>;
    xmp = meta.metadata;
  } catch {
    // Unreadable metadata leaves the fallbacks (page 1, the file name) to name the book.
  }
  const title = [firstText(xmp?.get('dc:title')), firstText(info.Title)].find((t) => t !== '' && !JUNK_TITLE.test(t)) ?? '';
  const author = [listText(xmp?.get('dc:creator')), firstText(info.Author)].find((a) => a !== '') ?? '';
  const language = [firstText(xmp?.get('dc:language')), firstText(info.Language)].find((l) => /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/iu.test(l)) ?? '';
  return { title, author, language };
}

function firstText(value: unknown): string {
  if (Array.isArray(value)) return firstText(value[0]);
  return typeof value === 'string' ? value.replace(/\s+/gu, ' ').trim() : '';
}

function listText(value: unknown): string {
  if (!Array.isArray(value)) return firstText(value);
  return value
    .map(firstText)
    .filter((v) => v !== '')
    .join(', ');
}
