import { describe, expect, it } from 'vitest';
import type { ImportedBook } from '../../../shared/book';
import { StudioError } from '../../../shared/errors';
import { ZipArchive } from '../zip/zip-archive';
import { writeZip } from '../zip/testing/write-zip';
import { importEpub } from './import-epub';
import { buildEpub, type EpubFixture } from './testing/build-epub';

const ctx = { fileName: 'book.epub' };
const load = (fixture: EpubFixture): Promise<ImportedBook> => importEpub(buildEpub(fixture), ctx);
const codeOf = async (bytes: Uint8Array): Promise<string | null> => {
  try {
    await importEpub(bytes, ctx);
    return null;
  } catch (error) {
    return error instanceof StudioError ? error.code : `not a StudioError: ${String(error)}`;
  }
};
const chapterText = (book: ImportedBook): string[][] => book.chapters.map((c) => c.paragraphs.map((p) => p.text));
const longText = (n: number): string => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the story goes on for a while, as stories do.</p>`).join('');

describe('importEpub metadata and reading order', () => {
  it('reads title, authors (by role) and language from an EPUB 3 package', async () => {
    const book = await load({
      title: 'The Title',
      creators: [{ name: 'Ann Author', role: 'aut' }, { name: 'Ed Editor', role: 'edt' }, { name: 'Bo Writer', role: 'aut' }],
      language: 'en-GB',
      chapters: [{ href: 'c1.xhtml', body: '<p>Text.</p>', toc: 'One' }],
    });
    expect(book.book).toEqual({ title: 'The Title', author: 'Ann Author, Bo Writer', language: 'en-GB', format: 'epub' });
  });

  it('reads an EPUB 2 package with opf:role and an NCX', async () => {
    const book = await load({
      version: 2,
      creators: [{ name: 'Old Author', role: 'aut' }],
      chapters: [
        { href: 'a.xhtml', body: `<h1>Ignored heading</h1>${longText(3)}`, toc: 'Chapter the First' },
        { href: 'b.xhtml', body: longText(3), toc: 'Chapter the Second' },
      ],
    });
    expect(book.book.author).toBe('Old Author');
    expect(book.chapters.map((c) => c.title)).toEqual(['Chapter the First', 'Chapter the Second']);
    expect(book.chapters[0]!.paragraphs[0]!.text).toBe('Paragraph 1 of the story goes on for a while, as stories do.');
  });

  it('titles a spine item without a contents entry from its first heading and skips linear="no" items', async () => {
    const book = await load({
      chapters: [
        { href: 'cover.xhtml', body: '<p>Cover words</p>', linear: false },
        { href: 'c1.xhtml', body: `<h2>The Heading</h2><h3>A stage direction</h3>${longText(2)}` },
      ],
    });
    expect(book.chapters.map((c) => c.title)).toEqual(['The Heading']);
    expect(chapterText(book)[0]![0]).toBe('A stage direction');
    expect(chapterText(book).flat()).not.toContain('Cover words');
  });

  it('cuts a file shared by several chapters at the anchors its contents point to', async () => {
    const body = `<section id="one"><h2>One</h2>${longText(2)}</section><section id="two"><h2>Two</h2><p>Second story.</p></section>`;
    const book = await load({ chapters: [{ href: 'all.xhtml', body, toc: [['Story One', 'one'], ['Story Two', 'two']] }] });
    expect(book.chapters.map((c) => [c.title, c.paragraphs.length])).toEqual([
      ['Story One', 2],
      ['Story Two', 1],
    ]);
  });

  it('gives paragraphs the span of their element in the decoded part and its path as source', async () => {
    const bytes = buildEpub({ chapters: [{ href: 'text/c1.xhtml', body: '<p>“Caf&#233;,” she said, <em>softly</em>.</p>', toc: 'One' }] });
    const book = await importEpub(bytes, ctx);
    const p = book.chapters[0]!.paragraphs[0]!;
    expect(p.source).toBe('OEBPS/text/c1.xhtml');
    const part = ZipArchive.open(bytes).readText(p.source!)!;
    expect(part.slice(p.start, p.end)).toBe('<p>“Caf&#233;,” she said, <em>softly</em>.</p>');
    expect(p.text).toBe('“Café,” she said, softly.');
    expect(p.emphasis!.map((e) => p.text.slice(e.start, e.end))).toEqual(['softly']);
  });

  it('reports progress per spine item and stops when cancelled', async () => {
    const bytes = buildEpub({ chapters: [1, 2, 3].map((n) => ({ href: `c${n}.xhtml`, body: longText(1), toc: `C${n}` })) });
    const calls: Array<[number, number]> = [];
    await importEpub(bytes, { fileName: 'x.epub', progress: (i, n) => calls.push([i, n]) });
    expect(calls).toEqual([[0, 3], [1, 3], [2, 3], [3, 3]]);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(importEpub(bytes, { fileName: 'x.epub', signal: controller.signal })).rejects.toThrow('stop');
  });
});

describe('importEpub front and back matter', () => {
  it('excludes matter the book marks as such and includes the chapters', async () => {
    const book = await load({
      chapters: [
        { href: 'title.xhtml', bodyType: 'frontmatter', body: '<section epub:type="titlepage"><h1>The Book</h1><p>By Ann Author.</p></section>', toc: 'Titlepage' },
        { href: 'c1.xhtml', bodyType: 'bodymatter', body: `<section epub:type="chapter"><h2>I</h2>${longText(6)}</section>`, toc: 'I' },
        { href: 'c2.xhtml', bodyType: 'bodymatter', body: `<section epub:type="chapter"><h2>II</h2>${longText(6)}</section>`, toc: 'II' },
        {
          href: 'colophon.xhtml',
          bodyType: 'backmatter',
          body: '<section epub:type="colophon"><h2>Colophon</h2><p>This ebook was produced for Standard Ebooks.</p></section>',
          toc: 'Colophon',
        },
      ],
    });
    expect(book.chapters.map((c) => [c.title, c.included])).toEqual([
      ['Titlepage', false],
      ['I', true],
      ['II', true],
      ['Colophon', false],
    ]);
  });

  it('uses EPUB 2 guide references as semantics', async () => {
    const book = await load({
      version: 2,
      guide: [['copyright-page', 'rights.xhtml']],
      chapters: [
        { href: 'c1.xhtml', body: longText(6), toc: 'Chapter 1' },
        { href: 'rights.xhtml', body: '<p>All rights reserved. No part of this book may be reproduced.</p>', toc: 'Legal' },
      ],
    });
    expect(book.chapters.map((c) => [c.title, c.included])).toEqual([
      ['Chapter 1', true],
      ['Legal', false],
    ]);
  });
});

describe('importEpub refusals', () => {
  it('refuses content encrypted by Adobe ADEPT as DRM_PROTECTED, with a sentence saying what to do', async () => {
    const encryption =
      '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>' +
      '<enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/><enc:CipherData><enc:CipherReference URI="OEBPS/c1.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>';
    const bytes = buildEpub({
      chapters: [{ href: 'c1.xhtml', body: '<p>x</p>', toc: 'One' }],
      extra: [
        { name: 'META-INF/encryption.xml', data: encryption },
        { name: 'META-INF/rights.xml', data: '<adept:rights xmlns:adept="http://ns.adobe.com/adept"/>' },
      ],
    });
    await expect(importEpub(bytes, ctx)).rejects.toMatchObject({ code: 'DRM_PROTECTED', message: expect.stringMatching(/Adobe ADEPT.*DRM-free/) });
  });

  it('refuses Apple FairPlay and Readium LCP books', async () => {
    for (const name of ['META-INF/sinf.xml', 'META-INF/license.lcpl']) {
      const bytes = buildEpub({ chapters: [{ href: 'c1.xhtml', body: '<p>x</p>' }], extra: [{ name, data: '{}' }] });
      expect(await codeOf(bytes), name).toBe('DRM_PROTECTED');
    }
  });

  it('imports a book whose only encryption is font obfuscation', async () => {
    const encryption =
      '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">' +
      '<enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/><enc:CipherData><enc:CipherReference URI="OEBPS/fonts/a.otf"/></enc:CipherData></enc:EncryptedData>' +
      '<enc:EncryptedData><enc:EncryptionMethod Algorithm="http://ns.adobe.com/pdf/enc#RC"/><enc:CipherData><enc:CipherReference URI="OEBPS/fonts/b.ttf"/></enc:CipherData></enc:EncryptedData></encryption>';
    const book = await load({ chapters: [{ href: 'c1.xhtml', body: longText(2), toc: 'One' }], extra: [{ name: 'META-INF/encryption.xml', data: encryption }] });
    expect(book.chapters).toHaveLength(1);
  });

  it('refuses an empty spine as NO_TEXT and a damaged package as CORRUPT_FILE', async () => {
    expect(await codeOf(buildEpub({ chapters: [] }))).toBe('NO_TEXT');
    expect(await codeOf(buildEpub({ chapters: [{ href: 'c.xhtml', body: '<h1>Cover</h1><img src="c.png" alt="A cover"/>', toc: 'Cover' }] }))).toBe('NO_TEXT');
    const container = '<container><rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>';
    const broken = writeZip([
      { name: 'mimetype', data: 'application/epub+zip' },
      { name: 'META-INF/container.xml', data: container },
      { name: 'content.opf', data: 'this is not a package' },
    ]);
    expect(await codeOf(broken)).toBe('CORRUPT_FILE');
    const noPackage = writeZip([{ name: 'mimetype', data: 'application/epub+zip' }, { name: 'META-INF/container.xml', data: container }]);
    expect(await codeOf(noPackage)).toBe('CORRUPT_FILE');
    const bytes = buildEpub({ chapters: [{ href: 'c1.xhtml', body: longText(2) }] });
    expect(await codeOf(bytes.subarray(0, bytes.length - 30))).toBe('CORRUPT_FILE');
  });

  it('refuses a chapter that declares a bomb-sized inflation with TOO_LARGE', async () => {
    const bytes = buildEpub({ chapters: [{ href: 'c1.xhtml', body: '<p>x</p>' }] });
    const bomb = writeZip([
      { name: 'mimetype', data: 'application/epub+zip' },
      ...['META-INF/container.xml', 'OEBPS/content.opf', 'OEBPS/nav.xhtml'].map((name) => ({ name, data: ZipArchive.open(bytes).read(name)! })),
      { name: 'OEBPS/c1.xhtml', data: '<p>x</p>', declaredSize: 600 * 1024 * 1024 },
    ]);
    expect(await codeOf(bomb)).toBe('TOO_LARGE');
  });

  it('ignores entries whose names climb out of the archive and says so', async () => {
    const book = await load({ chapters: [{ href: 'c1.xhtml', body: longText(2), toc: 'One' }], extra: [{ name: '../../evil.txt', data: 'owned' }] });
    expect(book.chapters).toHaveLength(1);
    expect(book.warnings.join(' ')).toMatch(/outside the book/);
  });
});
