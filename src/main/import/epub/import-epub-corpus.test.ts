import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportedBook } from '../../../shared/book';
import { StudioError } from '../../../shared/errors';
import { corpusSkipReason, hasCorpus, readCorpus } from '../../testing/corpus';
import { CHRISTMAS_CAROL_CHAPTERS, STANDARD_EBOOKS_BOILERPLATE, included, includedText } from '../../testing/included-chapters';
import { ZipArchive } from '../zip/zip-archive';
import { importEpub } from './import-epub';

const load = (relative: string): Promise<ImportedBook> => importEpub(readCorpus(relative), { fileName: relative });

describe.skipIf(!hasCorpus)(`importEpub on the corpus (${corpusSkipReason})`, () => {
  it('reads Pride and Prejudice as 61 chapters without the Standard Ebooks boilerplate', async () => {
    const book = await load('epub/pride-and-prejudice.epub');
    expect(book.book).toMatchObject({ title: 'Pride and Prejudice', author: 'Jane Austen', language: 'en-GB', format: 'epub' });
    const chapters = included(book);
    expect(chapters).toHaveLength(61);
    expect(chapters[0]!.title).toBe('I');
    expect(chapters[60]!.title).toBe('LXI');
    expect(chapters[0]!.paragraphs[0]!.text).toBe('It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife.');
    expect(includedText(book)).not.toMatch(STANDARD_EBOOKS_BOILERPLATE);
    expect(book.chapters.filter((c) => !c.included).map((c) => c.title)).toEqual(expect.arrayContaining(['Imprint', 'Colophon', 'Uncopyright']));
    expect(chapters.flatMap((c) => c.paragraphs).filter((p) => p.sceneBreakBefore)).toHaveLength(6);
    expect(chapters[0]!.paragraphs.some((p) => (p.emphasis ?? []).some((e) => p.text.slice(e.start, e.end) === 'You'))).toBe(true);
  });

  it('gives paragraph spans that point at the paragraph in its part', async () => {
    const bytes = readCorpus('epub/pride-and-prejudice.epub');
    const book = await importEpub(bytes, { fileName: 'p.epub' });
    const zip = ZipArchive.open(bytes);
    const p = included(book)[0]!.paragraphs[2]!;
    const source = zip.readText(p.source!)!;
    expect(source.slice(p.start, p.end)).toBe(
      '<p>“My dear <abbr epub:type="z3998:name-title">Mr.</abbr>\u00a0Bennet,” said his lady to him one day, “have you heard that Netherfield Park is let at last?”</p>',
    );
  });

  it('reads A Christmas Carol as the preface and five staves', async () => {
    const book = await load('epub/a-christmas-carol.epub');
    expect(included(book).map((c) => c.title)).toEqual(CHRISTMAS_CAROL_CHAPTERS);
    expect(included(book)[1]!.paragraphs[0]!.text).toMatch(/^Marley was dead, to begin with\./);
    expect(includedText(book)).not.toMatch(STANDARD_EBOOKS_BOILERPLATE);
  });

  it('reads Moby-Dick as 135 chapters with Etymology, Extracts and Epilogue', async () => {
    const book = await load('epub/idpf-moby-dick.epub');
    const titles = included(book).map((c) => c.title);
    expect(titles).toHaveLength(138);
    expect(titles[0]).toMatch(/^ETYMOLOGY/);
    expect(titles[1]).toMatch(/^EXTRACTS/);
    expect(titles[2]).toBe('Chapter 1. Loomings.');
    expect(titles[137]).toBe('Epilogue');
    expect(includedText(book)).not.toMatch(/Project Gutenberg License/);
    const notes = book.chapters.find((c) => c.title.startsWith('Original Transcriber'));
    expect(notes?.included).toBe(false);
    expect(notes?.paragraphs.map((p) => p.text).join(' ')).toContain('a unit of currency.');
    expect(notes?.paragraphs.map((p) => p.text).join(' ')).not.toMatch(/currency\.1|corrected in this EPUB3 edition/);
    const chapter120 = included(book).find((c) => c.title.startsWith('Chapter 120.'));
    expect(chapter120?.paragraphs[0]!.text).toBe('AHAB STANDING BY THE HELM. STARBUCK APPROACHING HIM.');
  });

  it.each([
    ['epub/idpf-childrens-literature.epub', 15, '169'],
    ['epub/idpf-georgia-pls-ssml.epub', 10, '753'],
    ['epub/idpf-accessible_epub_3.epub', 10, 'Table of Contents'],
  ])('imports %s with sensible chapters', async (file, atLeast, neverAParagraph) => {
    const book = await load(file);
    expect(included(book).length).toBeGreaterThanOrEqual(atLeast);
    for (const chapter of book.chapters) {
      expect(chapter.title.length).toBeGreaterThan(0);
      expect(chapter.paragraphs.length).toBeGreaterThan(0);
    }
    expect(included(book).flatMap((c) => c.paragraphs.map((p) => p.text))).not.toContain(neverAParagraph);
  });

  it('splits the one-file anthology at its contents entries', async () => {
    const book = await load('epub/idpf-childrens-literature.epub');
    expect(included(book).map((c) => c.title)).toEqual(expect.arrayContaining(['193 THE EMPEROR\'S NEW CLOTHES', '200 THE HAPPY PRINCE']));
  });
});

const outcome = async (file: string): Promise<{ code: string; ms: number; book?: ImportedBook }> => {
  const started = performance.now();
  try {
    const book = await importEpub(readCorpus(`bad/${file}`), { fileName: file });
    return { code: 'ok', ms: performance.now() - started, book };
  } catch (error) {
    if (!(error instanceof StudioError)) throw error;
    expect(error.message.length).toBeGreaterThan(20);
    return { code: error.code, ms: performance.now() - started };
  }
};

describe.skipIf(!hasCorpus)(`importEpub on hostile corpus files (${corpusSkipReason})`, () => {
  it.each([
    ['drm-adept.epub', ['DRM_PROTECTED']],
    ['truncated.epub', ['CORRUPT_FILE']],
    ['no-spine-items.epub', ['NO_TEXT', 'CORRUPT_FILE']],
    ['malformed-xhtml.epub', ['ok']],
    ['script-injection.epub', ['ok']],
    ['zip-slip.epub', ['ok', 'CORRUPT_FILE']],
    ['zip-bomb.epub', ['TOO_LARGE']],
  ])('%s → %j within 10 s', async (file, expected) => {
    const { code, ms } = await outcome(file);
    expect(expected).toContain(code);
    expect(ms).toBeLessThan(10_000);
  });

  it('refuses the zip bomb before inflating it', async () => {
    const before = process.memoryUsage().rss;
    expect((await outcome('zip-bomb.epub')).code).toBe('TOO_LARGE');
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('writes nothing for a zip-slip entry and reads the book', async () => {
    const target = '/tmp/zip-slip-owned.txt';
    const existed = existsSync(target);
    const { book } = await outcome('zip-slip.epub');
    if (!existed) expect(existsSync(target)).toBe(false);
    expect(book?.chapters.flatMap((c) => c.paragraphs.map((p) => p.text))).toEqual(['“Hi,” said Ann.']);
  });

  it('reads malformed XHTML with its text', async () => {
    const { book } = await outcome('malformed-xhtml.epub');
    expect(book?.chapters.flatMap((c) => c.paragraphs.map((p) => p.text))).toEqual(['“Unclosed,” said Ann.', '“Still going,” said Bob.']);
  });

  it('keeps injected markup as text and drops scripts, frames and attributes', async () => {
    const { book } = await outcome('script-injection.epub');
    const all = book!.chapters.flatMap((c) => [c.title, ...c.paragraphs.map((p) => p.text)]).join('\n');
    expect(all).toContain('<img src=x onerror=window.__pwned=4> “Hi,” said Mallory.');
    expect(all).toContain('“Click here,” said Eve.');
    expect(all).not.toMatch(/__pwned=[123]|javascript:|example\.invalid/);
  });
});
