import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/errors';
import { ZipArchive } from '../zip/zip-archive';
import { importDocx } from './import-docx';
import { buildDocx, p, r } from './testing/build-docx';

const ctx = { fileName: 'My Manuscript.docx' };
const story = (n: number): string[] => Array.from({ length: n }, (_, i) => p('Standard', `Paragraph ${i + 1} of the story goes on for a while, as stories do.`));

describe('importDocx', () => {
  it('reads metadata from the document properties and chapters from localised headings', async () => {
    const book = await importDocx(
      buildDocx({
        core: { title: 'The Novel', creator: 'Ann Author' },
        body: [p('Titel', 'The Novel'), p('berschrift1', 'Chapter One'), ...story(3), p('berschrift1', 'Chapter Two'), ...story(2)],
      }),
      ctx,
    );
    expect(book.book).toEqual({ title: 'The Novel', author: 'Ann Author', language: 'de-DE', format: 'docx' });
    expect(book.chapters.map((c) => [c.title, c.paragraphs.length, c.included])).toEqual([
      ['Chapter One', 3, true],
      ['Chapter Two', 2, true],
    ]);
  });

  it('falls back to the Title paragraph, then the file name, for the book title', async () => {
    const titled = await importDocx(buildDocx({ body: [p('Titel', 'From The Title Style'), p('berschrift1', 'One'), ...story(2)] }), ctx);
    expect(titled.book.title).toBe('From The Title Style');
    const untitled = await importDocx(buildDocx({ body: [p('berschrift1', 'One'), ...story(2)], styles: null }), ctx);
    expect(untitled.book.title).toBe('My Manuscript');
  });

  it('gives paragraphs the span of their <w:p> in word/document.xml', async () => {
    const bytes = buildDocx({ body: [p('berschrift1', 'One'), p('Standard', r('A '), r('quiet', { italic: true }), r(' word & more'))] });
    const book = await importDocx(bytes, ctx);
    const para = book.chapters[0]!.paragraphs[0]!;
    expect(para.source).toBe('word/document.xml');
    const xml = ZipArchive.open(bytes).readText('word/document.xml')!;
    expect(xml.slice(para.start, para.end)).toMatch(/^<w:p>.*<\/w:p>$/);
    expect(xml.slice(para.start, para.end)).toContain('quiet');
    expect(para.text).toBe('A quiet word & more');
    expect(para.emphasis).toEqual([{ start: 2, end: 7 }]);
  });

  it('refuses a package without word/document.xml as CORRUPT_FILE', async () => {
    await expect(importDocx(buildDocx({ body: [], withoutDocument: true }), ctx)).rejects.toMatchObject({
      code: 'CORRUPT_FILE',
      message: expect.stringContaining('word/document.xml'),
    });
  });

  it('refuses a document without text as NO_TEXT', async () => {
    await expect(importDocx(buildDocx({ body: [p('Standard'), p('berschrift1', 'Only a heading')] }), ctx)).rejects.toMatchObject({ code: 'NO_TEXT' });
  });

  it('refuses a damaged archive as CORRUPT_FILE', async () => {
    const bytes = buildDocx({ body: story(2) });
    const error = await importDocx(bytes.subarray(0, bytes.length - 25), ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StudioError);
    expect((error as StudioError).code).toBe('CORRUPT_FILE');
  });

  it('honours cancellation', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(importDocx(buildDocx({ body: story(2) }), { ...ctx, signal: controller.signal })).rejects.toThrow('cancelled');
  });
});
