import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/errors';
import { LIMITS } from '../limits';
import { importPdf } from './import-pdf';
import { pageText } from './page-lines';
import { extractPdfPages, inlinePdfPageSource, type PdfPageSource } from './pdf-page-source';
import { buildPdf, type TestPdfPage, type TestPdfText } from './testing/build-pdf';

const body = (texts: string[], top = 100, x = 50): TestPdfText[] => texts.map((text, i) => ({ text, x, y: top + i * 16, size: 11 }));
const furniture = (n: number): TestPdfText[] => [
  { text: 'A TALE OF TESTS', x: 160, y: 30, size: 7 },
  { text: String(n), x: 205, y: 570, size: 8 },
];

/** Two chapters, the first going over a page break mid-sentence, with a running head and folios. */
const NOVEL: TestPdfPage[] = [
  { texts: [{ text: 'A Tale of Tests', x: 100, y: 200, size: 26 }, { text: 'Ada Lovelace', x: 150, y: 240, size: 13 }, { text: 'First edition', x: 160, y: 300, size: 11 }] },
  {
    texts: [
      ...furniture(2),
      { text: 'Chapter One', x: 50, y: 70, size: 20, font: 'bold' },
      ...body(['The morning was grey and still when the travellers set out from', 'the inn, and nobody spoke for the first mile.'], 110),
      ...body(['“Shall we reach the town by noon?” asked the younger of them, a', 'thin man with a nervous way of looking about him as he walked along'], 160),
    ],
  },
  { texts: [...furniture(3), ...body(['the road towards the hills.', 'Nobody answered him at all.'], 60)] },
  { texts: [...furniture(4), { text: 'Chapter Two', x: 50, y: 70, size: 20, font: 'bold' }, ...body(['By evening they had come to the river.'], 110)] },
];

const load = (pages: TestPdfPage[], extra: Parameters<typeof buildPdf>[0] extends infer O ? Partial<O> : never = {}) => buildPdf({ pages, ...extra });

describe('importPdf', () => {
  it('reads metadata, chapters from heading sizes, and paragraphs without page furniture', async () => {
    const bytes = load(NOVEL, { info: { Title: 'A Tale of Tests', Author: 'Ada Lovelace' }, lang: 'en-GB' });
    const book = await importPdf(bytes, { fileName: 'tale.pdf' });
    expect(book.book).toEqual({ title: 'A Tale of Tests', author: 'Ada Lovelace', language: 'en-GB', format: 'pdf' });
    const chapters = book.chapters.filter((c) => c.included);
    expect(chapters.map((c) => c.title)).toEqual(['Chapter One', 'Chapter Two']);
    expect(chapters[0]!.paragraphs.map((p) => p.text)).toEqual([
      'The morning was grey and still when the travellers set out from the inn, and nobody spoke for the first mile.',
      '“Shall we reach the town by noon?” asked the younger of them, a thin man with a nervous way of looking about him as he walked along the road towards the hills.',
      'Nobody answered him at all.',
    ]);
    expect(book.chapters[0]).toMatchObject({ title: 'A Tale of Tests', kind: 'front-matter', role: 'title-page', included: false });
  });

  it('gives each paragraph its span in the text of the page where it starts', async () => {
    const bytes = load(NOVEL);
    const book = await importPdf(bytes, { fileName: 'tale.pdf' });
    const pages = await extractPdfPages(bytes, [2, 3]);
    const [first, second] = book.chapters.find((c) => c.title === 'Chapter One')!.paragraphs;
    expect(first!.source).toBe('page:2');
    expect(pageText(pages[0]!).slice(first!.start, first!.end)).toBe('The morning was grey and still when the travellers set out from\nthe inn, and nobody spoke for the first mile.');
    expect(pageText(pages[0]!).slice(second!.start, second!.end)).toMatch(/^“Shall we reach.*walked along$/su);
  });

  it('takes the title and author from the first page, then the file name, when the metadata has none', async () => {
    expect((await importPdf(load(NOVEL), { fileName: 'tale.pdf' })).book).toMatchObject({ title: 'A Tale of Tests', author: 'Ada Lovelace', language: '' });
    const word = load(NOVEL, { info: { Title: 'Microsoft Word - draft 3.docx' } });
    expect((await importPdf(word, { fileName: 'tale.pdf' })).book.title).toBe('A Tale of Tests');
    const plain = load([{ texts: body(['Just one line of text in this document.']) }]);
    expect((await importPdf(plain, { fileName: 'notes/my-story.pdf' })).book).toMatchObject({ title: 'my-story', author: '' });
  });

  it('cuts chapters where the outline points, also in the middle of a page', async () => {
    const pages: TestPdfPage[] = [
      {
        texts: [
          { text: 'Prologue', x: 50, y: 70, size: 11 },
          ...body(['It was a quiet night, and the whole village was asleep except for', 'the miller.'], 100),
          { text: 'The Storm', x: 50, y: 300, size: 11 },
          ...body(['Then the wind rose over the hills and came down into the valley, and', 'it did not stop.'], 330),
        ],
      },
      { texts: body(['The house shook.']) },
    ];
    const bytes = load(pages, {
      outline: [
        { title: 'Prologue', page: 1, top: 55 },
        { title: 'The Storm', page: 1, top: 285 },
      ],
    });
    const book = await importPdf(bytes, { fileName: 'storm.pdf' });
    expect(book.chapters.map((c) => [c.title, c.paragraphs.map((p) => p.text)])).toEqual([
      ['Prologue', ['It was a quiet night, and the whole village was asleep except for the miller.']],
      ['The Storm', ['Then the wind rose over the hills and came down into the valley, and it did not stop.', 'The house shook.']],
    ]);
  });

  it('puts the title of a part before the title of its first chapter', async () => {
    const chapter = (title: string, text: string, part?: string): TestPdfPage => ({
      texts: [
        ...(part ? [{ text: part, x: 50, y: 60, size: 24 }] : []),
        { text: title, x: 50, y: 100, size: 18 },
        ...body([`${text} happened on this day, and the story of it is told in these pages,`, 'as far as anyone remembers it.'], 140),
      ],
    });
    const bytes = load([chapter('Chapter 1', 'Nothing', 'Part One'), chapter('Chapter 2', 'Something'), chapter('Chapter 3', 'Everything', 'Part Two'), chapter('Chapter 4', 'The end')]);
    const book = await importPdf(bytes, { fileName: 'parts.pdf' });
    expect(book.chapters.map((c) => c.title)).toEqual(['Part One — Chapter 1', 'Chapter 2', 'Part Two — Chapter 3', 'Chapter 4']);
  });

  it('reports progress in pages and reads the pages through the given page source', async () => {
    const asked: number[][] = [];
    const source: PdfPageSource = {
      describe: (bytes) => inlinePdfPageSource.describe(bytes),
      extract: (bytes, pages, signal) => (asked.push(pages), inlinePdfPageSource.extract(bytes, pages, signal)),
    };
    const progress: Array<[number, number]> = [];
    await importPdf(load(NOVEL), { fileName: 'tale.pdf', pdfPages: source, progress: (done, total) => progress.push([done, total]) });
    expect(asked.flat()).toEqual([1, 2, 3, 4]);
    expect(progress[0]).toEqual([0, 4]);
    expect(progress.at(-1)).toEqual([4, 4]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the user'));
    await expect(importPdf(load(NOVEL), { fileName: 'tale.pdf', signal: controller.signal })).rejects.toThrow('cancelled by the user');
  });

  it('refuses a PDF without a text layer, a damaged one, an empty file and one with too many pages', async () => {
    const code = (bytes: Uint8Array) =>
      importPdf(bytes, { fileName: 'x.pdf' }).then(
        () => 'imported',
        (e: unknown) => (e instanceof StudioError ? e.code : String(e)),
      );
    expect(await code(load([{ texts: [] }, { texts: [] }]))).toBe('NO_TEXT_LAYER');
    expect(await code(new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog\nthis is not a PDF at all'.repeat(20))))).toBe('CORRUPT_FILE');
    expect(await code(new Uint8Array(0))).toBe('EMPTY_FILE');
    expect(await code(load(Array.from({ length: LIMITS.maxPdfPages + 1 }, () => ({ texts: [] }))))).toBe('TOO_LARGE');
  });

  it('says so in a sentence when a PDF has no text layer', async () => {
    await expect(importPdf(load([{ texts: [] }]), { fileName: 'scan.pdf' })).rejects.toThrow(/scanned.*OCR/su);
  });
});
