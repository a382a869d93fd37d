import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOUDNESS_TARGETS, type PauseSettings } from '../../shared/render';
import { drawCoverPng } from './cover/draw-cover';
import { runFfmpeg } from './ffmpeg-process';
import { measureAudio, toMeasurements } from './measure-audio';
import { scanMp3Frames } from './parsers/mp3-frames';
import { probeMedia } from './probe-media';
import { renderBook, type RenderResult } from './render-book';
import type { RenderOptions } from './render-plan';
import { keptSamples } from './testing/speech-like';
import { writeTestBook, type WrittenBook } from './testing/test-book';
import { tools, toolsSkipReason } from './testing/tools';
import { DEFAULT_TRIM } from './trim-silence';

// Distinct values, so a pause taken from the wrong rule shows.
const pauses: PauseSettings = { sentenceMs: 300, paragraphMs: 700, speakerChangeMs: 500, sceneBreakMs: 1800, beforeTitleMs: 900, afterTitleMs: 1200, headMs: 600, tailMs: 1500 };

const root = mkdtempSync(join(tmpdir(), 'dramatis-render-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function options(outDir: string, over: Partial<RenderOptions> = {}): RenderOptions {
  return { outDir, format: 'all', ffmpegPath: tools!.ffmpegPath, ffprobePath: tools!.ffprobePath, ...over };
}

/** Cue start and end times of a WebVTT file, in seconds. */
function cueTimes(vtt: string): Array<[number, number]> {
  const seconds = (t: string): number => {
    const [h, m, s] = t.split(':');
    return Number(h) * 3600 + Number(m) * 60 + Number(s);
  };
  return [...vtt.matchAll(/^(\d\d:\d\d:\d\d\.\d\d\d) --> (\d\d:\d\d:\d\d\.\d\d\d)$/gm)].map((m) => [seconds(m[1]!), seconds(m[2]!)]);
}

describe.skipIf(!tools)(`rendering a book to ACX${toolsSkipReason}`, () => {
  let book: WrittenBook;
  let result: RenderResult;
  const outDir = join(root, 'acx');

  beforeAll(async () => {
    const src = join(root, 'acx-src');
    // Too quiet on purpose (-40 and -34 dB RMS, against ACX's -23 to -18), and at two sample rates.
    mkdirSync(src, { recursive: true });
    book = writeTestBook(
      src,
      [
        {
          title: 'Stave One',
          sampleRate: 22050,
          rmsDb: -40,
          segments: [
            { kind: 'title', seconds: 1 },
            { seconds: 3, paragraphStart: true },
            { seconds: 2.5 },
            { kind: 'dialogue', speakerId: 'scrooge', seconds: 2, paragraphStart: true },
            { kind: 'dialogue', speakerId: 'scrooge', seconds: 1.5 },
            { kind: 'dialogue', speakerId: 'fred', seconds: 2 },
            { seconds: 4, paragraphStart: true, sceneBreakBefore: true },
          ],
        },
        // Shouts 20 dB over the speech: after the gain they would peak near 0 dBFS without the limiter.
        { title: 'Stave Two', sampleRate: 24000, rmsDb: -34, accentDb: 20, segments: [{ kind: 'title', seconds: 1 }, { seconds: 5, paragraphStart: true }, { seconds: 6 }] },
      ],
      'acx',
      pauses,
    );
    result = await renderBook(book.plan, options(outDir));
  }, 120_000);

  it('writes the M4B, an MP3 and captions per chapter and credits, and the retail sample, and nothing else', () => {
    expect(readdirSync(outDir).sort()).toEqual(
      [
        '01 Opening Credits.mp3',
        '01 Opening Credits.vtt',
        '02 Stave One.mp3',
        '02 Stave One.vtt',
        '03 Stave Two.mp3',
        '03 Stave Two.vtt',
        '04 Closing Credits.mp3',
        '04 Closing Credits.vtt',
        'The Test A Tale - Retail Sample.mp3',
        'The Test A Tale.m4b',
      ].sort(),
    );
  });

  it('puts a chapter marker with its title per chapter in the M4B, with cover art and the book tags', async () => {
    const probe = await probeMedia(tools!.ffprobePath, join(outDir, 'The Test A Tale.m4b'));
    expect(probe.chapters.map((c) => c.title)).toEqual(['Opening Credits', 'Stave One', 'Stave Two', 'Closing Credits']);
    probe.chapters.forEach((c, i) => {
      expect(c.start).toBeCloseTo(result.chapters[i]!.startSeconds, 2);
      expect(c.end).toBeCloseTo(result.chapters[i]!.endSeconds, 2);
    });
    expect(probe.audio).toMatchObject({ codec: 'aac', sampleRate: 44100, channels: 1 });
    expect(probe.durationSeconds).toBeCloseTo(result.durationSeconds, 1);
    expect(probe.images).toEqual([{ codec: 'png', attachedPic: true }]);
    expect(probe.tags).toMatchObject({
      title: 'The Test: A Tale',
      artist: 'Ada Author',
      album_artist: 'Ada Author',
      composer: 'Synthetic Voice',
      date: '2025',
      genre: 'Fiction',
      description: 'A book; made = for tests.',
      major_brand: 'M4B ',
    });
  });

  it('makes every MP3 to the ACX format, tagged with its track number and cover, and within ACX loudness by FFmpeg meters', async () => {
    const mp3s = readdirSync(outDir).filter((f) => /^\d\d .*\.mp3$/.test(f)).sort();
    expect(mp3s.length).toBe(4);
    for (const [i, file] of mp3s.entries()) {
      const path = join(outDir, file);
      const probe = await probeMedia(tools!.ffprobePath, path);
      expect(probe.audio, file).toMatchObject({ codec: 'mp3', sampleRate: 44100, channels: 1, bitrate: 192000 });
      expect(scanMp3Frames(readFileSync(path)), file).toMatchObject({ bitratesKbps: [192], constantBitrate: true });
      expect(probe.tags, file).toMatchObject({ track: `${i + 1}/4`, album: 'The Test: A Tale', artist: 'Ada Author', title: file.slice(3, -4) });
      expect(probe.images, `${file} carries the cover`).toEqual([{ codec: 'png', attachedPic: true }]);
      const m = toMeasurements(await measureAudio(tools!.ffmpegPath, { kind: 'file', path, sampleRate: 44100 }, { detail: true, loudness: false }));
      expect(m.rmsDb, file).toBeGreaterThanOrEqual(-23);
      expect(m.rmsDb, file).toBeLessThanOrEqual(-18);
      expect(m.peakDb, file).toBeLessThanOrEqual(-3);
      expect(m.noiseFloorDb, file).toBeLessThanOrEqual(-60);
      // Room tone, not digital silence: ACX listens for dead air.
      expect(m.noiseFloorDb, file).toBeGreaterThan(-80);
      expect(m.headSilenceSeconds, file).toBeGreaterThanOrEqual(0.5);
      expect(m.headSilenceSeconds, file).toBeLessThanOrEqual(1);
      expect(m.tailSilenceSeconds, file).toBeGreaterThanOrEqual(1);
      expect(m.tailSilenceSeconds, file).toBeLessThanOrEqual(5);
    }
  });

  it('times every caption by the segment durations and the pauses between them', () => {
    const rate = 22050;
    const kept = (id: string): number => keptSamples(book.audio.get(id)!, DEFAULT_TRIM.marginSeconds) / rate;
    const ms = (n: number): number => Math.round((n * rate) / 1000) / rate;
    // Stave One: head, title, after-title, sentence, speaker change (and paragraph: 700 wins),
    // same speaker, speaker change, scene break.
    const gaps = [ms(600), ms(1200), ms(300), ms(700), ms(300), ms(500), ms(1800)];
    let clock = 0;
    const expected = gaps.map((gap, i) => {
      const start = clock + gap;
      clock = start + kept(`ch1-${i + 1}`);
      return [start, clock] as const;
    });
    const cues = cueTimes(readFileSync(join(outDir, '02 Stave One.vtt'), 'utf8'));
    expect(cues.length).toBe(expected.length);
    cues.forEach(([start, end], i) => {
      expect(start).toBeCloseTo(expected[i]![0], 3);
      expect(end).toBeCloseTo(expected[i]![1], 3);
    });
    const part = result.chapters[1]!.parts[0]!;
    expect(part.seconds).toBeCloseTo(clock + ms(1500), 6);
  });

  it('keeps caption times at the other sample rate, resampled', () => {
    const cues = cueTimes(readFileSync(join(outDir, '03 Stave Two.vtt'), 'utf8'));
    const title = 1 + 2 * DEFAULT_TRIM.marginSeconds;
    const first = 5 + 2 * DEFAULT_TRIM.marginSeconds;
    // The resampler rings for a few samples at sharp onsets, so the kept edges may move by a millisecond.
    expect(cues[0]![0]).toBeCloseTo(0.6, 2);
    expect(cues[0]![1] - cues[0]![0]).toBeCloseTo(title, 2);
    expect(cues[1]![0] - cues[0]![1]).toBeCloseTo(1.2, 2);
    expect(cues[1]![1] - cues[1]![0]).toBeCloseTo(first, 2);
    expect(cues[2]![0] - cues[1]![1]).toBeCloseTo(0.3, 2);
  });

  it('cuts a retail sample of up to five minutes from the first chapter, after its title, fading in', async () => {
    const path = join(outDir, 'The Test A Tale - Retail Sample.mp3');
    const m = toMeasurements(await measureAudio(tools!.ffmpegPath, { kind: 'file', path, sampleRate: 44100 }, { detail: true, loudness: false }));
    const staveOne = result.chapters[1]!.parts[0]!.segments;
    // From half a second before the first line after the title to a second after the last line.
    expect(m.durationSeconds).toBeCloseTo(staveOne.at(-1)!.end + 1 - (staveOne[1]!.start - 0.5), 1);
    expect(m.durationSeconds).toBeLessThanOrEqual(300);
    expect(m.windowRmsDb[0]).toBeLessThan(-75);
  });

  it('reports a pre-flight that passes every file, with the notice about synthetic narration', () => {
    const report = result.preflight!;
    expect(report.files.map((f) => [f.file, f.kind])).toEqual([
      ['The Test A Tale.m4b', 'm4b'],
      ['01 Opening Credits.mp3', 'opening-credits'],
      ['02 Stave One.mp3', 'chapter-mp3'],
      ['03 Stave Two.mp3', 'chapter-mp3'],
      ['04 Closing Credits.mp3', 'closing-credits'],
      ['The Test A Tale - Retail Sample.mp3', 'retail-sample'],
    ]);
    expect(report.files.flatMap((f) => f.checks.filter((c) => !c.pass).map((c) => `${f.file}: ${c.reason}`))).toEqual([]);
    expect(report.pass).toBe(true);
    expect(report.notice).toMatch(/ACX accepts synthetic narration only where Audible authorises it/);
  });
});

describe.skipIf(!tools)(`other targets, split chapters, failures${toolsSkipReason}`, () => {
  it('normalises to the podcast target in LUFS with true peaks under -1 dBTP, and embeds the book cover as given', async () => {
    const src = join(root, 'podcast-src');
    const outDir = join(root, 'podcast');
    mkdirSync(src, { recursive: true });
    const book = writeTestBook(src, [{ title: 'Loud', sampleRate: 24000, rmsDb: -12, segments: [{ kind: 'title', seconds: 1 }, { seconds: 6, paragraphStart: true }] }], 'podcast');
    const bytes = drawCoverPng('Given', 'Cover');
    const result = await renderBook({ ...book.plan, credits: undefined, book: { ...book.plan.book, cover: { bytes, mimeType: 'image/png' } } }, options(outDir, { format: 'm4b' }));
    expect(readdirSync(outDir)).toEqual(['The Test A Tale.m4b', '01 Loud.vtt'].sort());
    expect(result.coverSource).toBe('book');
    const file = result.preflight!.files[0]!;
    expect(file.measurements.integratedLufs).toBeGreaterThanOrEqual(LOUDNESS_TARGETS.podcast.min);
    expect(file.measurements.integratedLufs).toBeLessThanOrEqual(LOUDNESS_TARGETS.podcast.max);
    expect(file.measurements.truePeakDb).toBeLessThanOrEqual(-1);
    expect(file.pass).toBe(true);
    const extracted = join(root, 'extracted.png');
    await runFfmpeg(tools!.ffmpegPath, ['-loglevel', 'error', '-i', join(outDir, 'The Test A Tale.m4b'), '-map', '0:v', '-c', 'copy', '-f', 'image2', extracted], { task: 'extracting the cover' });
    expect(readFileSync(extracted).equals(bytes)).toBe(true);
  }, 120_000);

  it('splits a chapter longer than the longest file into MP3 parts, each with its own room tone, under EBU R128', async () => {
    const src = join(root, 'split-src');
    const outDir = join(root, 'split');
    mkdirSync(src, { recursive: true });
    const segments = [{ kind: 'title' as const, seconds: 1 }, ...Array.from({ length: 6 }, (_, i) => ({ seconds: 4, paragraphStart: i % 2 === 0 }))];
    const book = writeTestBook(src, [{ title: 'Long', sampleRate: 22050, rmsDb: -30, segments }], 'ebu-r128');
    const result = await renderBook({ ...book.plan, credits: undefined }, options(outDir, { maxFileSeconds: 20, retailSample: false }));
    const parts = result.chapters[0]!.parts;
    expect(result.chapters[0]!.files.map((f) => f.mp3)).toEqual(['01 Long (part 1 of 2).mp3', '02 Long (part 2 of 2).mp3']);
    expect(parts.every((p) => p.seconds <= 20)).toBe(true);
    const m4b = await probeMedia(tools!.ffprobePath, join(outDir, 'The Test A Tale.m4b'));
    expect(m4b.chapters).toHaveLength(1);
    expect(m4b.chapters[0]!.end).toBeCloseTo(parts[0]!.seconds + parts[1]!.seconds, 2);
    for (const file of result.preflight!.files) {
      expect(file.checks.filter((c) => !c.pass).map((c) => `${file.file}: ${c.reason}`)).toEqual([]);
      expect(file.measurements.integratedLufs).toBeGreaterThanOrEqual(-24);
      expect(file.measurements.integratedLufs).toBeLessThanOrEqual(-22);
    }
    const second = await probeMedia(tools!.ffprobePath, join(outDir, '02 Long (part 2 of 2).mp3'));
    expect(second.tags).toMatchObject({ title: 'Long (part 2 of 2)', track: '2/2' });
  }, 120_000);

  it('leaves no file behind, final or temporary, when the render is cancelled mid-export', async () => {
    const src = join(root, 'cancel-src');
    const outDir = join(root, 'cancel');
    mkdirSync(src, { recursive: true });
    const book = writeTestBook(src, [{ title: 'One', sampleRate: 22050, rmsDb: -25, segments: Array.from({ length: 12 }, () => ({ seconds: 10 })) }]);
    const controller = new AbortController();
    let encodingSeen = false;
    const run = renderBook(book.plan, {
      ...options(outDir),
      signal: controller.signal,
      progress: (current, total, title) => {
        // Abort once the encoders have written some audio, so temporary outputs exist.
        if (title === 'Encoding' && current / total > 0.3 && !encodingSeen) {
          encodingSeen = true;
          controller.abort();
        }
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(encodingSeen).toBe(true);
    expect(readdirSync(outDir)).toEqual([]);
  }, 120_000);

  it('fails with NOT_FOUND when a segment is missing from the cache, leaving nothing behind', async () => {
    const src = join(root, 'missing-src');
    const outDir = join(root, 'missing');
    mkdirSync(src, { recursive: true });
    const book = writeTestBook(src, [{ title: 'One', sampleRate: 22050, rmsDb: -25, segments: [{ seconds: 1 }] }]);
    rmSync(join(src, 'close-2.wav'));
    await expect(renderBook(book.plan, options(outDir))).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('close-2.wav') });
    expect(readdirSync(outDir)).toEqual([]);
  });
});
