import type { ImportedBook } from '../../shared/book';
import { StudioError } from '../../shared/errors';
import { throwIfAborted, type ImportContext } from './import-context';
import { sniffContainer, textFormat, zipFormat, hasEpubMimetype } from './sniff-format';
import { decodeText } from './text/decode-text';
import { zipEntryNames } from './zip/zip-entry-names';

export interface ImportOutcome {
  imported: ImportedBook;
  /** The decoded file for text formats, whose paragraph offsets index it; null for the others. */
  sourceText: string | null;
}

/**
 * Reads a manuscript of any supported format into chapters of clean paragraphs. The format comes from
 * the bytes; the file name is only a fallback title and a tie-breaker between text flavours. Each
 * format's importer loads when first needed: the HTML and XML parser the others share takes longer to
 * load than a short manuscript takes to read.
 */
export async function importManuscript(bytes: Uint8Array, ctx: ImportContext): Promise<ImportOutcome> {
  const sniffed = sniffContainer(bytes);
  let sourceText: string | null = null;
  throwIfAborted(ctx.signal);
  let book: ImportedBook;
  if (sniffed.container === 'pdf') {
    const { importPdf } = await import('./pdf/import-pdf');
    book = await importPdf(bytes, ctx);
  } else if (sniffed.container === 'zip') {
    const names = zipEntryNames(bytes);
    if (names === null && !hasEpubMimetype(bytes)) {
      throw new StudioError('CORRUPT_FILE', 'The file is a damaged zip archive: it may be incomplete. Try copying or downloading it again.');
    }
    const format = zipFormat(names ?? [], bytes);
    book = format === 'epub' ? await (await import('./epub/import-epub')).importEpub(bytes, ctx) : await (await import('./docx/import-docx')).importDocx(bytes, ctx);
  } else {
    const { text } = decodeText(bytes);
    sourceText = text;
    const format = textFormat(text, ctx.fileName);
    book =
      format === 'html'
        ? (await import('./html/import-html')).importHtml(text, ctx)
        : format === 'markdown'
          ? (await import('./markdown/import-markdown')).importMarkdown(text, ctx)
          : (await import('./text/import-plain-text')).importPlainText(text, ctx);
  }
  throwIfAborted(ctx.signal);
  return { imported: ensureReadable(book), sourceText };
}

/**
 * A book must have something to read. When every chapter with text was classed as front or back
 * matter (a short story with a copyright line, say), the text is included rather than dropped.
 */
function ensureReadable(book: ImportedBook): ImportedBook {
  const withText = book.chapters.filter((c) => c.paragraphs.some((p) => p.text.trim().length > 0));
  if (withText.length === 0) {
    throw new StudioError('NO_TEXT', 'No readable text was found in this file.');
  }
  if (book.chapters.some((c) => c.included)) return book;
  return {
    ...book,
    chapters: book.chapters.map((c) => (withText.includes(c) ? { ...c, included: true } : c)),
    warnings: [...book.warnings, 'Every part of the book looked like front or back matter, so all of it is included.'],
  };
}
