import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../import/html/html-to-blocks';
import { corpusPath, corpusSkipReason, hasCorpus } from '../../testing/corpus';
import { exportReadAlong } from './export-read-along';
import type { ReadAlongPlan, TimedSegment } from './read-along-plan';
import { analyseEpub, planWithSyntheticTimings } from './testing/corpus-plan';
import { inspectMarkup, readEpub, smilPars } from './testing/read-along-output';
import { smallEpub } from './testing/small-epub';
import { verifyReadAlong } from './testing/verify-read-along';

let dir: string;
let out: string;
let mp3: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dramatis-read-along-export-'));
  out = join(dir, 'books', 'read-along.epub');
  mp3 = join(dir, 'chapter.mp3');
  // An ID3 tag and then bytes: the export copies audio, it never decodes it.
  writeFileSync(mp3, Buffer.concat([Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00', 'latin1'), randomBytes(2000)]));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Segments over each paragraph of the body, a second each, placed as the importer places paragraphs. */
function paragraphSegments(source: string, xhtml: string, from = 0): TimedSegment[] {
  return htmlToBlocks(xhtml).blocks.map((b, i) => ({ source, start: b.start, end: b.end, text: b.text, clipBegin: from + i, clipEnd: from + i + 1 }));
}

const page = (body: string): string =>
  `<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en">\n<head><title>T</title></head>\n<body>\n${body}\n</body>\n</html>\n`;

const leftovers = (): string[] => (existsSync(join(dir, 'books')) ? readdirSync(join(dir, 'books')) : []);

describe('exportReadAlong', () => {
  it('gives two chapters cut from one document a single overlay, in reading order', async () => {
    const body = '<section id="one"><p>First chapter text.</p></section>\n<section id="two"><p>Second chapter text.</p></section>';
    const epub = await smallEpub(join(dir, 'in.epub'), { documents: [{ path: 'book.xhtml', body }] });
    const segments = paragraphSegments('OEBPS/book.xhtml', page(body));
    const second = join(dir, 'second.mp3');
    writeFileSync(second, readFileSync(mp3));
    const plan: ReadAlongPlan = {
      epub,
      chapters: [
        { title: 'One', audio: [{ path: mp3 }], segments: [segments[0]!] },
        { title: 'Two', audio: [{ path: second }], segments: [{ ...segments[1]!, clipBegin: 0.5, clipEnd: 2 }] },
      ],
    };
    const result = await exportReadAlong(plan, { outPath: out });
    expect(result).toMatchObject({ overlays: 1, segments: 2, pars: 2, unplaced: [], durationSeconds: 2.5 });
    const entries = await readEpub(out);
    const pars = smilPars(entries.get('OEBPS/read-along/book.smil')!.toString('utf8'));
    expect(pars).toEqual([
      { textSrc: '../book.xhtml#dr-1', audioSrc: 'audio/01.mp3', clipBegin: 0, clipEnd: 1 },
      { textSrc: '../book.xhtml#dr-2', audioSrc: 'audio/02.mp3', clipBegin: 0.5, clipEnd: 2 },
    ]);
    expect(Buffer.compare(entries.get('OEBPS/read-along/audio/02.mp3')!, readFileSync(second))).toBe(0);
    expect(leftovers()).toEqual(['read-along.epub']);
  });

  it('reports segments of documents the book does not have, or with no sound, and highlights the rest', async () => {
    const body = '<p>Only text.</p><p>Silent text.</p>';
    const epub = await smallEpub(join(dir, 'in.epub'), { documents: [{ path: 'c.xhtml', body }] });
    const [segment, silent] = paragraphSegments('OEBPS/c.xhtml', page(body));
    const stray = { ...segment!, source: 'OEBPS/missing.xhtml', clipBegin: 1, clipEnd: 2 };
    const empty = { ...silent!, clipBegin: 3, clipEnd: 3 };
    const result = await exportReadAlong({ epub, chapters: [{ title: 'C', audio: [{ path: mp3 }], segments: [segment!, stray, empty] }] }, { outPath: out });
    expect(result.segments).toBe(1);
    expect(result.unplaced).toEqual([
      { chapter: 0, source: 'OEBPS/missing.xhtml', start: stray.start, end: stray.end, reason: 'its source is not a content document of the book' },
      { chapter: 0, source: 'OEBPS/c.xhtml', start: empty.start, end: empty.end, reason: 'its clip is shorter than a millisecond' },
    ]);
  });

  it('writes a document declared in another encoding as UTF-8, and says so in its declaration', async () => {
    const latin1 = Buffer.from(page('<p>Café au lait, s’il vous plaît.</p>').replace('encoding="utf-8"', 'encoding="ISO-8859-1"').replace('’', "'"), 'latin1');
    const epub = await smallEpub(join(dir, 'in.epub'), { documents: [{ path: 'c.xhtml', body: latin1 }] });
    const decoded = latin1.toString('latin1');
    await exportReadAlong({ epub, chapters: [{ title: 'C', audio: [{ path: mp3 }], segments: paragraphSegments('OEBPS/c.xhtml', decoded) }] }, { outPath: out });
    const written = (await readEpub(out)).get('OEBPS/c.xhtml')!.toString('utf8');
    expect(written).toContain('<?xml version="1.0" encoding="UTF-8"?>');
    expect(written).toContain('<p><span id="dr-1">Café au lait, s\'il vous plaît.</span></p>');
  });

  describe('refuses, writing nothing', () => {
    const simplePlan = async (segment: Partial<TimedSegment> = {}, audio?: string): Promise<ReadAlongPlan> => {
      const body = '<p>Some text.</p>';
      const epub = await smallEpub(join(dir, 'in.epub'), { documents: [{ path: 'c.xhtml', body }] });
      const [s] = paragraphSegments('OEBPS/c.xhtml', page(body));
      return { epub, chapters: [{ title: 'Opening', audio: [{ path: audio ?? mp3 }], segments: [{ ...s!, ...segment }] }] };
    };

    it.skipIf(!hasCorpus)(`a book locked with DRM${hasCorpus ? '' : ` (skipped: ${corpusSkipReason})`}`, async () => {
      const plan = { ...(await simplePlan()), epub: new Uint8Array(readFileSync(corpusPath('bad/drm-adept.epub'))) };
      await expect(exportReadAlong(plan, { outPath: out })).rejects.toMatchObject({ code: 'DRM_PROTECTED' });
      expect(leftovers()).toEqual([]);
    });

    it('an EPUB 2 book', async () => {
      const plan = await simplePlan();
      plan.epub = await smallEpub(join(dir, 'two.epub'), { version: '2.0', documents: [{ path: 'c.xhtml', body: '<p>Some text.</p>' }] });
      await expect(exportReadAlong(plan, { outPath: out })).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringMatching(/EPUB 3/) });
    });

    it('timings that are not real, in order, or in an audio file the chapter has', async () => {
      for (const bad of [{ clipBegin: 2, clipEnd: 1 }, { clipBegin: -1 }, { clipEnd: Number.NaN }, { audio: 1 }]) {
        await expect(exportReadAlong(await simplePlan(bad), { outPath: out })).rejects.toMatchObject({
          code: 'INVALID_REQUEST',
          message: expect.stringContaining('Chapter 1 (Opening)'),
        });
      }
      expect(leftovers()).toEqual([]);
    });

    it('audio that is missing or neither MP3 nor MP4', async () => {
      await expect(exportReadAlong(await simplePlan({}, join(dir, 'gone.mp3')), { outPath: out })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const wav = join(dir, 'chapter.wav');
      writeFileSync(wav, Buffer.concat([Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'), randomBytes(100)]));
      await expect(exportReadAlong(await simplePlan({}, wav), { outPath: out })).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
    });

    it('a book none of whose segments can be found, keeping the earlier export in place', async () => {
      mkdirSync(join(dir, 'books'), { recursive: true });
      writeFileSync(out, 'the previous export');
      const plan = await simplePlan({ start: 0, end: 5 });
      await expect(exportReadAlong(plan, { outPath: out })).rejects.toMatchObject({ code: 'NO_TEXT' });
      expect(readFileSync(out, 'utf8')).toBe('the previous export');
      expect(leftovers()).toEqual(['read-along.epub']);
    });

    it('when cancelled, removing its temporary file', async () => {
      const controller = new AbortController();
      const plan = await simplePlan();
      const running = exportReadAlong(plan, {
        outPath: out,
        signal: controller.signal,
        progress: (_done, _total, title) => {
          if (title.startsWith('Adding')) controller.abort(new Error('stopped by the author'));
        },
      });
      await expect(running).rejects.toThrow('stopped by the author');
      expect(leftovers()).toEqual([]);
    });
  });

  it.skipIf(!hasCorpus)(`highlights the malformed-XHTML EPUB without touching its markup${hasCorpus ? '' : ` (skipped: ${corpusSkipReason})`}`, async () => {
    const book = await analyseEpub(corpusPath('bad/malformed-xhtml.epub'));
    const plan = planWithSyntheticTimings(book, [mp3]);
    const result = await exportReadAlong(plan, { outPath: out });
    expect(result).toMatchObject({ segments: 4, unplaced: [] });
    const v = await verifyReadAlong(plan, out);
    expect(v.exact).toBe(4);
    expect(v.changedOriginals).toEqual([]);
    expect(v.brokenReferences).toEqual([]);
  });

  it.skipIf(!hasCorpus)(`adds nothing executable to the script-injection EPUB and keeps its markup${hasCorpus ? '' : ` (skipped: ${corpusSkipReason})`}`, async () => {
    const book = await analyseEpub(corpusPath('bad/script-injection.epub'));
    const plan = planWithSyntheticTimings(book, [mp3]);
    const result = await exportReadAlong(plan, { outPath: out });
    expect(result.unplaced).toEqual([]);
    expect(result.segments).toBeGreaterThanOrEqual(4);

    const v = await verifyReadAlong(plan, out);
    expect(v.missingText).toEqual([]);
    expect(v.brokenReferences).toEqual([]);
    expect(v.changedOriginals).toEqual([]);

    const executable = (s: string): string[] => s.match(/<script\b|<iframe\b|\son\w+\s*=|javascript:|<img\b|<object\b|<embed\b/gi) ?? [];
    const entries = await readEpub(out);
    const original = (await readEpub(corpusPath('bad/script-injection.epub'))).get('OEBPS/ch1.xhtml')!.toString('utf8');
    const after = entries.get('OEBPS/ch1.xhtml')!.toString('utf8');
    expect(executable(after)).toEqual(executable(original));
    expect(executable(original).length).toBeGreaterThan(0);
    // Markup written as text stays text.
    expect(after).toContain('&lt;img src=x onerror=window.__pwned=4&gt;');
    expect(inspectMarkup(after).nestingErrors).toEqual([]);
    const added = [...entries.keys()].filter((name) => name.startsWith('OEBPS/read-along/') && !name.includes('/audio/'));
    expect(added.sort()).toEqual(['OEBPS/read-along/ch1.smil', 'OEBPS/read-along/read-along.css']);
    for (const name of added) expect(executable(entries.get(name)!.toString('utf8'))).toEqual([]);
    const opf = entries.get('OEBPS/content.opf')!.toString('utf8');
    expect(executable(opf)).toEqual([]);
  });
});
