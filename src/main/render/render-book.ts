/**
 * Renders a complete plan: assembles every chapter once into PCM, measures it, and encodes the
 * chosen exports from that PCM (M4B, ACX MP3s with credits and a retail sample, WebVTT captions),
 * then measures every written file for the pre-flight report. All outputs are staged under
 * temporary names and renamed into place only when everything succeeded.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { OutputKind, PreflightReport } from '../../shared/render';
import { assembleBook, unitsOf, type AssembledUnit } from './assemble-book';
import { buildWebVtt } from './captions';
import { findCoverFont, prepareCover, type CoverSource } from './cover/cover-art';
import { encodeM4b } from './export-m4b';
import { encodeMp3 } from './export-mp3';
import { cancelled } from './ffmpeg-process';
import { createLimiter } from './limiter';
import { sweepOutputLeftovers, workDirPrefix } from './output-leftovers';
import { safeFileName } from './output-names';
import { preflightFile, preflightReport, type PreflightTarget } from './preflight';
import { layOut, type LaidOutChapter, type UnitKind } from './render-layout';
import type { RenderOptions, RenderPlan } from './render-plan';
import { retailSampleWindow, SAMPLE_FADE_IN_SECONDS, SAMPLE_FADE_OUT_SECONDS } from './retail-sample';
import { StagedOutputs } from './staged-outputs';
import { validatePlan } from './validate-plan';

export interface RenderedChapter extends LaidOutChapter {
  /** Per part, the names of its MP3 and its captions when they were written. */
  files: Array<{ mp3: string | null; captions: string | null }>;
}

export interface RenderResult {
  outDir: string;
  files: Array<{ file: string; kind: OutputKind | 'captions' }>;
  chapters: RenderedChapter[];
  durationSeconds: number;
  coverSource: CoverSource | null;
  preflight: PreflightReport | null;
}

interface Encode {
  /** Seconds of audio it writes, to weigh its progress. */
  seconds: number;
  run: (onSeconds: (seconds: number) => void) => Promise<void>;
}

const M4B_BITRATE_KBPS = 64;
/** FFmpeg processes at once: measurements, encodes and checks share these slots. */
const PARALLEL_TOOLS = 2;
const SHARES = { assemble: 0.2, encode: 0.6, preflight: 0.2 };

const mp3Kind = (kind: UnitKind): OutputKind => (kind === 'chapter' ? 'chapter-mp3' : kind);

export async function renderBook(plan: RenderPlan, options: RenderOptions): Promise<RenderResult> {
  validatePlan(plan);
  const { ffmpegPath } = options;
  const wantM4b = options.format === 'm4b' || options.format === 'all';
  const wantMp3 = options.format === 'mp3' || options.format === 'all';
  const report = (fraction: number, title: string): void => options.progress?.(Math.round(Math.min(1, fraction) * 1000), 1000, title);

  // One controller for everything started here: a failure in one FFmpeg stops the others too.
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  const signal = controller.signal;
  const checkAbort = (): void => {
    if (signal.aborted) throw cancelled();
  };
  const inFlight: Promise<unknown>[] = [];
  const limit = createLimiter(PARALLEL_TOOLS);
  const schedule = <T>(task: () => Promise<T>): Promise<T> => {
    const promise = limit(task);
    inFlight.push(promise.catch(() => undefined));
    return promise;
  };

  await mkdir(options.outDir, { recursive: true });
  sweepOutputLeftovers(options.outDir);
  const workDir = await mkdtemp(workDirPrefix(options.outDir));
  const staged = new StagedOutputs(options.outDir);
  try {
    const book = await assembleBook(plan, unitsOf(plan), {
      workDir,
      maxFileSeconds: options.maxFileSeconds,
      ffmpegPath,
      signal,
      schedule,
      onSegment: (done, total, unit) => report((SHARES.assemble * done) / total, `Assembling ${unit.title}`),
    });
    const layout = layOut(book.units);
    const files: RenderResult['files'] = [];
    const checks: PreflightTarget[] = [];
    const encodes: Encode[] = [];
    const output = (file: string, kind: OutputKind | 'captions'): string => {
      const path = staged.stage(file);
      files.push({ file, kind });
      if (kind !== 'captions') checks.push({ path, file, kind });
      return path;
    };

    let coverSource: CoverSource | null = null;
    let coverPath: string | null = null;
    if (wantM4b || wantMp3) {
      checkAbort();
      const cover = await prepareCover(plan.book, { ffmpegPath, workDir, fontPath: findCoverFont(), signal });
      coverSource = cover.source;
      coverPath = cover.path;
    }
    if (wantM4b) {
      const outPath = output(`${safeFileName(options.baseName ?? plan.book.title)}.m4b`, 'm4b');
      const inputs = book.units.flatMap((u) => u.parts.map((p) => p.input));
      encodes.push({
        seconds: layout.durationSeconds,
        run: (onSeconds) =>
          encodeM4b({
            ffmpegPath,
            book: plan.book,
            inputs,
            chapters: layout.chapters,
            coverPath,
            roomTone: plan.roomTone,
            bitrateKbps: M4B_BITRATE_KBPS,
            workDir,
            outPath,
            signal,
            onSeconds,
          }),
      });
    }

    const chapters: RenderedChapter[] = [];
    for (const [u, chapter] of layout.chapters.entries()) {
      const unit = book.units[u]!;
      const partFiles = [];
      for (const [p, part] of chapter.parts.entries()) {
        const names = { mp3: wantMp3 ? `${part.stem}.mp3` : null, captions: options.captions === false ? null : `${part.stem}.vtt` };
        if (names.mp3) {
          const outPath = output(names.mp3, mp3Kind(chapter.kind));
          const input = unit.parts[p]!.input;
          encodes.push({
            seconds: part.seconds,
            run: (onSeconds) =>
              encodeMp3({ ffmpegPath, book: plan.book, input, title: part.title, track: part.track, totalTracks: layout.totalTracks, roomTone: plan.roomTone, coverPath, outPath, signal, onSeconds }),
          });
        }
        if (names.captions) await writeFile(output(names.captions, 'captions'), buildWebVtt(part.segments));
        partFiles.push(names);
      }
      chapters.push({ ...chapter, files: partFiles });
    }

    if (wantMp3 && options.retailSample !== false) {
      const sample = retailSample(book.units);
      if (sample) {
        const outPath = output(`${safeFileName(options.baseName ?? plan.book.title)} - Retail Sample.mp3`, 'retail-sample');
        encodes.push({
          seconds: (sample.end - sample.start) / sample.unit.parts[0]!.input.sampleRate,
          run: (onSeconds) =>
            encodeMp3({
              ffmpegPath,
              book: plan.book,
              input: sample.unit.parts[0]!.input,
              title: `${plan.book.title} (Retail Sample)`,
              track: 1,
              totalTracks: 1,
              roomTone: plan.roomTone,
              coverPath,
              excerpt: { start: sample.start, end: sample.end, fadeInSeconds: SAMPLE_FADE_IN_SECONDS, fadeOutSeconds: SAMPLE_FADE_OUT_SECONDS },
              outPath,
              signal,
              onSeconds,
            }),
        });
      }
    }

    // Progress counts seconds of audio written across all encodes, which run side by side.
    const encodeTotal = encodes.reduce((n, e) => n + e.seconds, 0) || 1;
    const written = encodes.map(() => 0);
    const encodeProgress = (): void => report(SHARES.assemble + (SHARES.encode * written.reduce((a, b) => a + b, 0)) / encodeTotal, 'Encoding');
    await Promise.all(
      encodes.map((encode, i) =>
        schedule(async () => {
          checkAbort();
          await encode.run((seconds) => {
            written[i] = Math.min(encode.seconds, seconds);
            encodeProgress();
          });
          written[i] = encode.seconds;
          encodeProgress();
        }),
      ),
    );

    let preflight: PreflightReport | null = null;
    if (options.preflight !== false && checks.length > 0) {
      let checked = 0;
      const results = await Promise.all(
        checks.map((check) =>
          schedule(async () => {
            checkAbort();
            const result = await preflightFile({ ffmpegPath, ffprobePath: options.ffprobePath, signal }, check, plan.target);
            report(SHARES.assemble + SHARES.encode + (SHARES.preflight * ++checked) / checks.length, `Checking ${check.file}`);
            return result;
          }),
        ),
      );
      preflight = preflightReport(plan.target, results);
    }

    checkAbort();
    await staged.commit();
    report(1, 'Done');
    return { outDir: options.outDir, files, chapters, durationSeconds: layout.durationSeconds, coverSource, preflight };
  } catch (error) {
    controller.abort();
    await Promise.all(inFlight);
    await staged.discard();
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The first body chapter's first part, and the sample range of the retail sample in it. */
function retailSample(units: AssembledUnit[]): { unit: AssembledUnit; start: number; end: number } | null {
  const unit = units.find((u) => u.chapterKind === 'body');
  const part = unit?.parts[0];
  if (!unit || !part) return null;
  const window = retailSampleWindow(part.segments, part.seconds);
  if (!window) return null;
  const rate = part.input.sampleRate;
  return { unit, start: Math.round(window.start * rate), end: Math.round(window.end * rate) };
}
