import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/errors';
import { corpusPath, corpusSkipReason, hasCorpus } from '../../testing/corpus';
import { LIMITS } from '../limits';
import { isSafeEntryName } from './safe-entry-name';
import { writeZip } from './testing/write-zip';
import { ZipArchive } from './zip-archive';
import { zipEntryNames } from './zip-entry-names';
import { readZipIndex } from './zip-index';

const code = (f: () => unknown): string | null => {
  try {
    f();
    return null;
  } catch (error) {
    return error instanceof StudioError ? error.code : `not a StudioError: ${String(error)}`;
  }
};

describe('readZipIndex and zipEntryNames', () => {
  it('lists names and declared sizes without inflating', () => {
    const zip = writeZip([
      { name: 'mimetype', data: 'application/epub+zip' },
      { name: 'a/b.xhtml', data: 'x'.repeat(5000) },
    ]);
    const index = readZipIndex(zip);
    expect(index.entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['mimetype', 0, 20],
      ['a/b.xhtml', 8, 5000],
    ]);
    expect(zipEntryNames(zip)).toEqual(['mimetype', 'a/b.xhtml']);
  });

  it('returns null for bytes that are not a zip, and refuses damaged directories', () => {
    expect(zipEntryNames(new TextEncoder().encode('not a zip at all'))).toBeNull();
    const zip = writeZip([{ name: 'a.txt', data: 'hello' }]);
    expect(zipEntryNames(zip.subarray(0, zip.length - 10))).toBeNull();
    expect(code(() => readZipIndex(zip.subarray(0, 40)))).toBe('CORRUPT_FILE');
    const broken = zip.slice();
    broken[broken.length - 6] = 0xff; // the central directory's offset now points past the file
    expect(code(() => readZipIndex(broken))).toBe('CORRUPT_FILE');
  });

  it('keeps entries that try to leave the root out of the index', () => {
    for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'C:/x', 'c:x', 'a\\b', '..']) expect(isSafeEntryName(bad), bad).toBe(false);
    for (const good of ['a', 'OEBPS/ch..1.xhtml', 'a/b/c.xhtml', '...']) expect(isSafeEntryName(good), good).toBe(true);
    const zip = writeZip([
      { name: 'ok.txt', data: 'fine' },
      { name: '../../tmp/owned.txt', data: 'owned' },
    ]);
    const archive = ZipArchive.open(zip);
    expect(archive.names).toEqual(['ok.txt']);
    expect(archive.unsafeNames).toEqual(['../../tmp/owned.txt']);
    expect(archive.read('../../tmp/owned.txt')).toBeNull();
  });

  it('refuses archives with more entries than the limit', () => {
    const zip = writeZip([{ name: 'a', data: 'a' }]);
    const many = zip.slice();
    const view = new DataView(many.buffer);
    view.setUint16(many.length - 12, LIMITS.maxZipEntries + 1, true);
    expect(code(() => readZipIndex(many))).toBe('TOO_LARGE');
    expect(code(() => zipEntryNames(many))).toBe('TOO_LARGE');
  });
});

describe('ZipArchive.read', () => {
  it('reads stored and deflated entries, case-insensitively as a fallback', () => {
    const archive = ZipArchive.open(
      writeZip([
        { name: 'mimetype', data: 'application/epub+zip' },
        { name: 'OEBPS/Text.xhtml', data: '<p>“Hello”</p>' },
      ]),
    );
    expect(archive.readText('mimetype')).toBe('application/epub+zip');
    expect(archive.readText('OEBPS/Text.xhtml')).toBe('<p>“Hello”</p>');
    expect(archive.readText('oebps/text.xhtml')).toBe('<p>“Hello”</p>');
    expect(archive.read('missing')).toBeNull();
  });

  it('decodes UTF-16 parts and XML-declared encodings', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Café</p>', 'utf16le')]);
    const latin1 = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><p>'), Buffer.from([0x43, 0x61, 0x66, 0xe9]), Buffer.from('</p>')]);
    const archive = ZipArchive.open(writeZip([{ name: 'a', data: utf16 }, { name: 'b', data: latin1 }]));
    expect(archive.readText('a')).toBe('<p>Café</p>');
    expect(archive.readText('b')).toContain('<p>Café</p>');
  });

  it('refuses an entry whose declared size is over the cap before inflating it', () => {
    const archive = ZipArchive.open(writeZip([{ name: 'big', data: 'x', declaredSize: LIMITS.maxEntryBytes + 1 }]));
    expect(code(() => archive.read('big'))).toBe('TOO_LARGE');
  });

  it('refuses an entry compressed beyond the bomb ratio', () => {
    const archive = ZipArchive.open(writeZip([{ name: 'zeros', data: new Uint8Array(4 * 1024 * 1024) }]));
    expect(code(() => archive.read('zeros'))).toBe('TOO_LARGE');
  });

  it('stops inflating at the cap when the declared size lies', () => {
    const archive = ZipArchive.open(writeZip([{ name: 'liar', data: new Uint8Array(LIMITS.maxEntryBytes + 1024), declaredSize: 100 }]));
    expect(code(() => archive.read('liar'))).toBe('TOO_LARGE');
  });

  it('refuses damaged compressed data as CORRUPT_FILE', () => {
    const zip = writeZip([{ name: 'a.txt', data: 'some text that deflates '.repeat(50) }]);
    const damaged = zip.slice();
    for (let i = 40; i < 60; i++) damaged[i] = 0xff;
    expect(code(() => ZipArchive.open(damaged).read('a.txt'))).toBe('CORRUPT_FILE');
  });
});

describe.skipIf(!hasCorpus)(`ZipArchive on hostile corpus files (${corpusSkipReason})`, () => {
  it('refuses the 600 MB zip bomb without inflating it', () => {
    const bytes = new Uint8Array(readFileSync(corpusPath('bad/zip-bomb.epub')));
    const before = process.memoryUsage().rss;
    const archive = ZipArchive.open(bytes);
    expect(code(() => archive.read('OEBPS/ch1.xhtml'))).toBe('TOO_LARGE');
    expect(process.memoryUsage().rss - before).toBeLessThan(32 * 1024 * 1024);
  });

  it('finds no central directory in the truncated EPUB', () => {
    const bytes = new Uint8Array(readFileSync(corpusPath('bad/truncated.epub')));
    expect(zipEntryNames(bytes)).toBeNull();
    expect(code(() => ZipArchive.open(bytes))).toBe('CORRUPT_FILE');
  });
});
