import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportedBook, Paragraph } from '../../../shared/book';
import { StudioError } from '../../../shared/errors';
import { corpusPath, corpusSkipReason, hasCorpus, readCorpus } from '../../testing/corpus';
import { CHRISTMAS_CAROL_CHAPTERS, included } from '../../testing/included-chapters';
import { importPdf } from './import-pdf';
import { pageText } from './page-lines';
import { extractPdfPages } from './pdf-page-source';

const paragraphsOf = (book: ImportedBook): Paragraph[] => included(book).flatMap((c) => c.paragraphs);
/** Letters and digits only, so a comparison ignores spacing, punctuation and hyphenation. */
const key = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** The plain-text edition's paragraphs (blank-line separated, hard-wrapped). */
const sourceParagraphs = (relative: string): string[] =>
  readFileSync(corpusPath(relative), 'utf8')
    .split(/\n\s*\n/u)
    .map((p) => p.replace(/\s+/gu, ' ').trim())
    .filter((p) => p !== '');

describe.skipIf(!hasCorpus)(`importPdf on the printed Pride and Prejudice (${corpusSkipReason})`, () => {
  let book: ImportedBook;
  let source: string[];
  beforeAll(async () => {
    book = await importPdf(readCorpus('pdf/pride-and-prejudice-print.pdf'), { fileName: 'pride-and-prejudice-print.pdf' });
    source = sourceParagraphs('txt/pride-and-prejudice.txt');
  });

  it('finds the 61 chapters from typography alone, and the front and back matter', () => {
    expect(book.book).toMatchObject({ title: 'Pride and Prejudice', author: 'Jane Austen', format: 'pdf' });
    const titles = included(book).map((c) => c.title);
    expect(titles).toHaveLength(61);
    expect(titles.slice(0, 3)).toEqual(['I', 'II', 'III']);
    expect(titles.at(-1)).toBe('LXI');
    expect(book.chapters.filter((c) => !c.included).map((c) => c.title)).toEqual(['Pride and Prejudice', 'Imprint', 'Colophon', 'Uncopyright']);
    expect(included(book)[0]!.paragraphs[0]!.text).toBe('It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife.');
  });

  it('reads no running head and no page number', () => {
    const paragraphs = paragraphsOf(book);
    const sourceText = source.join(' ');
    expect(paragraphs.filter((p) => /PRIDE AND PREJUDICE|P R I D E/u.test(p.text))).toEqual([]);
    expect(paragraphs.filter((p) => /^[\divxlc]+$/iu.test(p.text))).toEqual([]);
    // A paragraph that ends in a number must end so in the book too.
    const endsInNumber = paragraphs.filter((p) => /\b\d{1,3}$/u.test(p.text));
    expect(endsInNumber.filter((p) => !sourceText.includes(p.text.slice(-40)))).toEqual([]);
    // Stronger: every paragraph read is a run of the book's own text, nothing added anywhere inside.
    const sourceKey = key(sourceText);
    expect(paragraphs.filter((p) => !sourceKey.includes(key(p.text))).map((p) => p.text)).toEqual([]);
  });

  it('joins paragraphs that go on over a page break, and keeps the paragraphs of the book', () => {
    const texts = new Set(paragraphsOf(book).map((p) => p.text));
    for (const sentence of [
      // Pages 2 to 3, 11 to 12 and 26 to 27 of the print.
      'However little known the feelings or views of such a man may be on his first entering a neighbourhood, this truth is so well fixed in the minds of the surrounding families, that he is considered as the rightful property of some one or other of their daughters.',
      'Mr. Bennet was so odd a mixture of quick parts, sarcastic humour, reserve, and caprice, that the experience of three and twenty years had been insufficient to make his wife understand his character. Her mind was less difficult to develop. She was a woman of mean understanding, little information, and uncertain temper. When she was discontented she fancied herself nervous. The business of her life was to get her daughters married; its solace was visiting and news.',
    ]) {
      expect(texts).toContain(sentence);
    }
    const bookParagraphs = new Set(source.map(key));
    const paragraphs = paragraphsOf(book);
    const same = paragraphs.filter((p) => bookParagraphs.has(key(p.text))).length;
    expect(same / paragraphs.length).toBeGreaterThan(0.97);
  });

  it('points each paragraph at its text on the page where it starts', async () => {
    const paragraph = included(book)[1]!.paragraphs[3]!;
    const page = Number(paragraph.source!.replace('page:', ''));
    const [extracted] = await extractPdfPages(readCorpus('pdf/pride-and-prejudice-print.pdf'), [page]);
    const span = pageText(extracted!).slice(paragraph.start, paragraph.end);
    expect(key(paragraph.text).startsWith(key(span))).toBe(true);
    expect(span.length).toBeGreaterThan(10);
  });
});

describe.skipIf(!hasCorpus)(`importPdf on A Christmas Carol from LibreOffice (${corpusSkipReason})`, () => {
  it('reads the preface and the five staves from the outline, without the boilerplate', async () => {
    const book = await importPdf(readCorpus('pdf/a-christmas-carol.pdf'), { fileName: 'a-christmas-carol.pdf' });
    expect(book.book).toEqual({ title: 'A Christmas Carol', author: 'Charles Dickens', language: 'en-US', format: 'pdf' });
    expect(included(book).map((c) => c.title)).toEqual(CHRISTMAS_CAROL_CHAPTERS);
    expect(included(book)[1]!.paragraphs[0]!.text).toMatch(/^Marley was dead, to begin with\. There is no doubt whatever about that\./u);
    expect(paragraphsOf(book).filter((p) => /Standard Ebooks|Uncopyright|CC0/u.test(p.text))).toEqual([]);
  });
});

describe.skipIf(!hasCorpus)(`importPdf on damaged and hostile PDFs (${corpusSkipReason})`, () => {
  const cases: Array<[string, string, RegExp]> = [
    ['bad/password-protected.pdf', 'PASSWORD_PROTECTED', /password/iu],
    ['bad/scanned-no-text.pdf', 'NO_TEXT_LAYER', /scanned.*OCR/su],
    ['bad/truncated.pdf', 'CORRUPT_FILE', /damaged/u],
    ['bad/random-bytes.pdf', 'CORRUPT_FILE', /damaged/u],
  ];
  for (const [file, code, message] of cases) {
    it(`refuses ${file} with ${code} within 10 s`, async () => {
      const started = performance.now();
      const error = await importPdf(readCorpus(file), { fileName: file }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StudioError);
      expect(error).toMatchObject({ code, message: expect.stringMatching(message) });
      expect(performance.now() - started).toBeLessThan(10_000);
    });
  }
});
