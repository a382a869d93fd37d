import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZipArchive } from '../import/zip/zip-archive';
import { readZip } from './testing/read-zip';
import { ZipWriter } from './zip-writer';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dramatis-zip-writer-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('ZipWriter', () => {
  it('writes entries in order that yauzl and the importer read back byte for byte', async () => {
    const audio = randomBytes(300_000);
    const audioPath = join(dir, 'tone.mp3');
    writeFileSync(audioPath, audio);
    const chapter = text('<p>It was the best of times.</p>\n'.repeat(500));
    const out = join(dir, 'book.zip');
    const zip = await ZipWriter.create(out, { modified: new Date(2024, 2, 9, 14, 30, 8) });
    await zip.addBytes('mimetype', text('application/epub+zip'), { compress: false });
    await zip.addBytes('OEBPS/chapter.xhtml', chapter, { compress: true });
    await zip.addFile('OEBPS/audio/ch01.mp3', audioPath);
    await zip.addBytes('OEBPS/empty.txt', new Uint8Array(0), { compress: true });
    await zip.close();

    const entries = await readZip(out);
    expect(entries.map((e) => e.entry.fileName)).toEqual(['mimetype', 'OEBPS/chapter.xhtml', 'OEBPS/audio/ch01.mp3', 'OEBPS/empty.txt']);
    const [mimetype, xhtml, mp3, empty] = entries;
    expect(mimetype?.entry.compressionMethod).toBe(0);
    expect(mimetype?.entry.extraFieldLength).toBe(0);
    expect(mimetype?.bytes.toString()).toBe('application/epub+zip');
    expect(xhtml?.entry.compressionMethod).toBe(8);
    expect(xhtml?.entry.compressedSize).toBeLessThan(chapter.length / 10);
    expect(Buffer.compare(xhtml!.bytes, chapter)).toBe(0);
    expect(mp3?.entry.compressionMethod).toBe(0);
    expect(Buffer.compare(mp3!.bytes, audio)).toBe(0);
    expect(empty?.bytes.length).toBe(0);
    for (const { entry, bytes } of entries) expect(entry.crc32).toBe(crc32(bytes));
    expect(mp3?.entry.getLastModDate().getFullYear()).toBe(2024);
    expect(mp3?.entry.lastModFileTime).toBe((14 << 11) | (30 << 5) | 4);

    // The importer's own reader checks every CRC as it inflates.
    const archive = ZipArchive.open(readFileSync(out));
    expect(new TextDecoder().decode(archive.read('OEBPS/chapter.xhtml')!)).toBe(new TextDecoder().decode(chapter));
    expect(Buffer.compare(Buffer.from(archive.read('OEBPS/audio/ch01.mp3')!), audio)).toBe(0);
  });

  it('puts an EPUB’s mimetype where reading systems sniff it: stored at the very start', async () => {
    const out = join(dir, 'book.epub');
    const zip = await ZipWriter.create(out);
    await zip.addBytes('mimetype', text('application/epub+zip'), { compress: true });
    await zip.close();
    const bytes = readFileSync(out);
    expect(bytes.subarray(30, 58).toString('latin1')).toBe('mimetypeapplication/epub+zip');
  });

  it('stores data that deflating would not shrink, even when asked to compress', async () => {
    const noise = randomBytes(4096);
    const out = join(dir, 'noise.zip');
    const zip = await ZipWriter.create(out);
    await zip.addBytes('noise.bin', noise, { compress: true });
    await zip.close();
    const [entry] = await readZip(out);
    expect(entry?.entry.compressionMethod).toBe(0);
    expect(Buffer.compare(entry!.bytes, noise)).toBe(0);
  });

  it('marks non-ASCII names as UTF-8 so readers decode them', async () => {
    const out = join(dir, 'names.zip');
    const zip = await ZipWriter.create(out);
    await zip.addBytes('OEBPS/chapître-été.xhtml', text('x'), { compress: false });
    await zip.addBytes('OEBPS/plain.xhtml', text('y'), { compress: false });
    await zip.close();
    const entries = await readZip(out);
    expect(entries[0]?.entry.fileName).toBe('OEBPS/chapître-été.xhtml');
    expect((entries[0]?.entry.generalPurposeBitFlag ?? 0) & 0x800).toBe(0x800);
    expect((entries[1]?.entry.generalPurposeBitFlag ?? 0) & 0x800).toBe(0);
  });

  it('refuses names that leave the archive’s root, and the same name twice', async () => {
    const zip = await ZipWriter.create(join(dir, 'bad.zip'));
    for (const name of ['../evil', '/abs', 'a//b', 'a/./b', 'a\\b', '']) {
      await expect(zip.addBytes(name, text('x'), { compress: false })).rejects.toThrow(/relative zip entry name/);
    }
    await zip.addBytes('a.txt', text('x'), { compress: false });
    await expect(zip.addBytes('a.txt', text('y'), { compress: false })).rejects.toThrow(/already holds/);
    await zip.abort();
  });

  it('never overwrites an existing file', async () => {
    const out = join(dir, 'exists.zip');
    writeFileSync(out, 'keep me');
    await expect(ZipWriter.create(out)).rejects.toThrow(/EEXIST/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
  });
});
