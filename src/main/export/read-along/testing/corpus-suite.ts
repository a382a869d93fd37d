import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPath, corpusSkipReason, hasCorpus } from '../../../testing/corpus';
import { readZip } from '../../testing/read-zip';
import { ACTIVE_CLASS, exportReadAlong } from '../export-read-along';
import type { ReadAlongPlan, ReadAlongResult } from '../read-along-plan';
import { analyseEpub, ffmpegSkipReason, hasFfmpeg, makeTone, planWithSyntheticTimings } from './corpus-plan';
import { epubcheckSkipReason, hasEpubcheck, problems, runEpubcheck } from './epubcheck';
import { verifyReadAlong, type Verification } from './verify-read-along';

export interface CorpusBookExpectations {
  /** The corpus file, relative to the corpus root. */
  file: string;
  /** Content documents that get an overlay: the included chapters' documents. */
  overlays: number;
  /**
   * epubcheck's complaints about the untouched original, which the read-along edition keeps: the
   * book is then checked against its original rather than against silence.
   */
  originalHasErrors: boolean;
}

const missing = [!hasCorpus && corpusSkipReason, !hasFfmpeg && ffmpegSkipReason].filter(Boolean).join('; ');

/**
 * The read-along export of a real corpus EPUB, imported and analysed by the real importer and
 * analysis, with a minute of generated tone as every chapter's audio (MP3 and M4A in turn) and
 * synthetic timings: read back with yauzl, checked segment by segment, and validated by epubcheck.
 */
export function readAlongCorpusSuite(expected: CorpusBookExpectations): void {
  describe.skipIf(missing !== '')(`read-along EPUB of ${expected.file}${missing ? ` (skipped: ${missing})` : ''}`, () => {
    let dir = '';
    let out = '';
    let plan: ReadAlongPlan;
    let result: ReadAlongResult;
    let v: Verification;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'dramatis-read-along-'));
      out = join(dir, 'out', 'read-along.epub');
      const book = await analyseEpub(corpusPath(expected.file));
      plan = planWithSyntheticTimings(book, [makeTone(dir, 'mp3'), makeTone(dir, 'm4a', 660)]);
      result = await exportReadAlong(plan, { outPath: out });
      v = await verifyReadAlong(plan, out);
    }, 180_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('highlights every segment of the included chapters, and each one’s spans hold its words', () => {
      const segments = plan.chapters.reduce((n, c) => n + c.segments.length, 0);
      expect(segments).toBeGreaterThan(500);
      expect(result.unplaced).toEqual([]);
      expect(result.segments).toBe(segments);
      expect(v.highlighted).toBe(segments);
      expect(v.missingText).toEqual([]);
      // Containment could hide spans that run on past the words; nearly all must hold exactly them.
      expect(v.exact / segments).toBeGreaterThan(0.99);
      expect(v.nestingErrors).toEqual([]);
    });

    it('resolves every SMIL reference to an element of its document and an audio file in the manifest', () => {
      expect(result.overlays).toBe(expected.overlays);
      expect(v.overlays.size).toBe(expected.overlays);
      expect(v.pars).toBe(result.pars);
      expect(v.brokenReferences).toEqual([]);
    });

    it('states each overlay’s duration, the total and the active class in the package', () => {
      let total = 0;
      for (const seconds of v.clipSeconds.values()) total += seconds;
      const stated = [...v.opf.matchAll(/<meta property="media:duration" refines="#([^"]+)">([^<]+)<\/meta>/g)];
      expect(stated).toHaveLength(expected.overlays);
      expect(v.opf).toContain(`<meta property="media:duration">${clock(total)}</meta>`);
      expect(result.durationSeconds).toBeCloseTo(total, 3);
      expect(v.opf).toContain(`<meta property="media:active-class">${ACTIVE_CLASS}</meta>`);
      expect(v.opf.match(/property="dcterms:modified"/g)).toHaveLength(1);
    });

    it('keeps every file of the original, changed only by the spans and the stylesheet link', async () => {
      expect(v.changedOriginals).toEqual([]);
      const [first] = await readZip(out);
      expect(first?.entry.fileName).toBe('mimetype');
      expect(first?.entry.compressionMethod).toBe(0);
    });

    it.skipIf(!hasEpubcheck)(`is valid EPUB 3 for epubcheck${hasEpubcheck ? '' : ` (skipped: ${epubcheckSkipReason})`}`, async () => {
      const found = problems((await runEpubcheck(out)).messages);
      if (!expected.originalHasErrors) {
        expect(found).toEqual([]);
        return;
      }
      const before = new Set(problems((await runEpubcheck(corpusPath(expected.file))).messages));
      expect(before.size).toBeGreaterThan(0);
      expect(found.filter((p) => !before.has(p))).toEqual([]);
    }, 600_000);
  });
}

function clock(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = (ms % 60_000) / 1000;
  return `${h}:${String(m).padStart(2, '0')}:${s.toFixed(3).padStart(6, '0')}`;
}
