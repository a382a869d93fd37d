import { describe, expect, it } from 'vitest';
import type { ImportedBook } from '../../../shared/book';
import { corpusSkipReason, hasCorpus, readCorpus } from '../../testing/corpus';
import { CHRISTMAS_CAROL_CHAPTERS, STANDARD_EBOOKS_BOILERPLATE, included, includedText } from '../../testing/included-chapters';
import { importDocx } from './import-docx';

const load = (relative: string): Promise<ImportedBook> => importDocx(readCorpus(relative), { fileName: relative });

describe.skipIf(!hasCorpus)(`importDocx on the corpus (${corpusSkipReason})`, () => {
  it('reads the pandoc DOCX of Pride and Prejudice as 61 chapters', async () => {
    const book = await load('docx/pride-and-prejudice.docx');
    expect(book.book).toMatchObject({ title: 'Pride and Prejudice', author: 'Jane Austen', format: 'docx' });
    const chapters = included(book);
    expect(chapters).toHaveLength(61);
    expect(chapters[0]!.title).toBe('I');
    expect(chapters[0]!.paragraphs[0]!.text).toBe('It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife.');
    expect(includedText(book)).not.toMatch(STANDARD_EBOOKS_BOILERPLATE);
    expect(chapters.flatMap((c) => c.paragraphs).filter((p) => p.sceneBreakBefore)).toHaveLength(6);
    expect(chapters.some((c) => c.paragraphs.some((p) => (p.emphasis ?? []).length > 0))).toBe(true);
  });

  it('reads the pandoc DOCX of A Christmas Carol as the preface and five staves', async () => {
    const book = await load('docx/a-christmas-carol.docx');
    expect(included(book).map((c) => c.title)).toEqual(CHRISTMAS_CAROL_CHAPTERS);
    expect(includedText(book)).not.toMatch(STANDARD_EBOOKS_BOILERPLATE);
  });

  it('refuses bad/no-document-xml.docx as CORRUPT_FILE within 10 s', async () => {
    const started = performance.now();
    await expect(load('bad/no-document-xml.docx')).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
