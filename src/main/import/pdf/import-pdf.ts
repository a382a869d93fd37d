import { wordCount, type ImportedBook, type Paragraph } from '../../../shared/book';
import { StudioError } from '../../../shared/errors';
import { finishChapters, type ChapterDraft } from '../chapters/chapter-drafts';
import { collectHyphenatedWords } from '../clean/join-hyphenated';
import { titleFromFileName } from '../html/title-from-file-name';
import { throwIfAborted, type ImportContext } from '../import-context';
import { bodyFontSize, measureBody } from './body-metrics';
import { outlineStarts } from './outline-starts';
import { findPageFurniture } from './page-furniture';
import { pageLines, type PdfLine } from './page-lines';
import { assembleBlocks, type PdfBlock } from './pdf-blocks';
import { findHeadingStarts } from './pdf-headings';
import { inlinePdfPageSource, type PdfPageSource, type PdfPageText } from './pdf-page-source';
import { hyphenatedLines, paragraphText } from './pdf-paragraph-text';
import { splitPdfSections, type PdfSection, type SectionStart } from './split-pdf-sections';
import { readTitlePage } from './title-page';

/** Pages are requested in a few batches, for progress and cancellation between them. */
const MIN_BATCH = 32;
const BATCHES = 8;
const IN_FLIGHT = 2;

const comparable = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Reads a PDF with a text layer: metadata, page count and outline, then the pages' text, both through
 * `ctx.pdfPages` (in this thread or on worker threads), then lines,
 * running heads and page numbers removed, paragraphs (joined across page breaks), and chapters from
 * the outline or, without one, from heading typography.
 */
export async function importPdf(bytes: Uint8Array, ctx: ImportContext): Promise<ImportedBook> {
  if (bytes.byteLength === 0) throw new StudioError('EMPTY_FILE', 'The file is empty.');
  const source = ctx.pdfPages ?? inlinePdfPageSource;
  const { pageCount, meta, outline } = await source.describe(bytes, ctx.signal);
  throwIfAborted(ctx.signal);

  const { lines, warnings } = await readPageLines(bytes, pageCount, source, ctx);
  const size = bodyFontSize(lines);
  const furniture = findPageFurniture(lines, size);
  const body = lines.map((page) => page.filter((line) => !furniture.has(line)));
  const metrics = measureBody(body, size);

  const fromOutline = outlineStarts(outline, body);
  const blocks = assembleBlocks(body, metrics, new Set(fromOutline.keys()));
  const starts: SectionStart[] =
    fromOutline.size >= 2
      ? blocks.flatMap((block, index) => {
          const start = fromOutline.get(block.lines[0]!);
          return start ? [{ index, ...start }] : [];
        })
      : findHeadingStarts(blocks, metrics).map((start) => ({ ...start, heading: true }));
  const sections = splitPdfSections(blocks, starts, metrics);

  const titlePage = readTitlePage(lines[0] ?? [], size);
  const printedTitle = meta.title || titlePage.title;
  const title = printedTitle || titleFromFileName(ctx.fileName);
  const known = collectHyphenatedWords(hyphenatedLines(body));
  const chapters = finishChapters(sections.map((section, index) => toDraft(section, index, printedTitle, known)));
  if (chapters.length === 0) throw new StudioError('NO_TEXT', 'This PDF has no text to read: its pages hold only page numbers and running heads.');
  return {
    book: { title, author: meta.author || titlePage.author, language: meta.language, format: 'pdf' },
    chapters,
    warnings,
  };
}

/** Extracts every page in batches, keeping only each page's lines, and checks there is text. */
async function readPageLines(bytes: Uint8Array, pageCount: number, source: PdfPageSource, ctx: ImportContext): Promise<{ lines: PdfLine[][]; warnings: string[] }> {
  const perBatch = Math.max(MIN_BATCH, Math.ceil(pageCount / BATCHES));
  const batches: number[][] = [];
  for (let first = 1; first <= pageCount; first += perBatch) {
    batches.push(Array.from({ length: Math.min(perBatch, pageCount - first + 1) }, (_, i) => first + i));
  }
  ctx.progress?.(0, pageCount);
  const lines: PdfLine[][] = [];
  let unreadable = 0;
  let empty = 0;
  let done = 0;
  // Batches are asked for ahead, so a worker that finishes its part of one finds the next waiting.
  // One that fails after an earlier failure is not waited for; its error must not go unhandled.
  const request = (pages: number[]): Promise<PdfPageText[]> => {
    const extracted = source.extract(bytes, pages, ctx.signal);
    extracted.catch(() => undefined);
    return extracted;
  };
  const pending = batches.slice(0, IN_FLIGHT).map(request);
  for (let b = 0; b < batches.length; b++) {
    const pages = await pending[b]!;
    throwIfAborted(ctx.signal);
    const ahead = batches[b + IN_FLIGHT];
    if (ahead) pending.push(request(ahead));
    for (const page of pages) {
      if (page.unreadable) unreadable++;
      const pageLinesOf = pageLines(page);
      if (!pageLinesOf.some((l) => /\p{L}/u.test(l.readingText))) empty++;
      lines.push(pageLinesOf);
    }
    done += pages.length;
    ctx.progress?.(done, pageCount);
  }
  if (empty === pageCount && unreadable < pageCount) {
    throw new StudioError('NO_TEXT_LAYER', 'This PDF has no text layer: it looks like scanned page images. Run it through OCR (text recognition) first, then import the result.');
  }
  if (unreadable === pageCount) {
    throw new StudioError('CORRUPT_FILE', 'The pages of this PDF are damaged and none of them could be read.');
  }
  const warnings: string[] = [];
  if (unreadable > 0) warnings.push(`${unreadable} of ${pageCount} pages could not be read and are missing from the text.`);
  const scanned = empty - unreadable;
  if (scanned >= 3 && scanned >= pageCount / 10) {
    warnings.push(`${scanned} of ${pageCount} pages have no text layer (they may be scanned images) and are missing from the text.`);
  }
  return { lines, warnings };
}

/** `bookTitle` is the title from the metadata or the first page, '' when there is none. */
function toDraft(section: PdfSection, index: number, bookTitle: string, known: ReadonlySet<string>): ChapterDraft {
  const paragraphs = section.blocks.map((block) => toParagraph(block, known)).filter((p) => p.text !== '');
  const firstPage = section.blocks[0]?.lines[0]?.pageNumber ?? 0;
  // The book's title as the first heading, with little under it, is the title page (and its name).
  const heading = comparable(section.title);
  const isTitlePage =
    index === 0 &&
    firstPage <= 2 &&
    comparable(bookTitle) !== '' &&
    heading.startsWith(comparable(bookTitle)) &&
    paragraphs.length > 0 &&
    paragraphs.reduce((n, p) => n + wordCount(p.text), 0) < 150;
  if (isTitlePage) return { title: bookTitle, level: 'chapter', paragraphs, semantics: ['titlepage'] };
  return { title: section.title || (index === 0 ? 'Opening' : `Section ${index + 1}`), level: section.level, paragraphs };
}

/**
 * `start`/`end` are offsets into the text of the page where the paragraph starts (see `pageText`);
 * a paragraph that goes on to the next page ends at the end of its last line on the first.
 */
function toParagraph(block: PdfBlock, known: ReadonlySet<string>): Paragraph {
  const first = block.lines[0]!;
  let last = first;
  for (const line of block.lines) if (line.pageNumber === first.pageNumber) last = line;
  const paragraph: Paragraph = { text: paragraphText(block.lines, known), start: first.start, end: last.end, source: `page:${first.pageNumber}` };
  if (block.sceneBreakBefore) paragraph.sceneBreakBefore = true;
  return paragraph;
}
