import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { LoudnessTargetId, PauseSettings, PreflightFile, PreflightReport } from '../../shared/render';
import { buildWebVtt } from '../render/captions';
import { findCoverFont, prepareCover } from '../render/cover/cover-art';
import type { PcmInput } from '../render/encode-inputs';
import { encodeM4b } from '../render/export-m4b';
import { encodeMp3 } from '../render/export-mp3';
import { cancelled } from '../render/ffmpeg-process';
import { createLimiter } from '../render/limiter';
import { preflightFile, preflightReport, type PreflightTarget } from '../render/preflight';
import type { BookMetadata, PlanSegment } from '../render/render-plan';
import { retailSampleWindow, SAMPLE_FADE_IN_SECONDS, SAMPLE_FADE_OUT_SECONDS } from '../render/retail-sample';
import { StagedOutputs } from '../render/staged-outputs';
import { validatePlan } from '../render/validate-plan';
import type { SegmentAudioResult } from '../voices/segment-audio/segment-audio';
import { assembleUnits, type AssembledUnitPart } from './assemble-units';
import { buildPlan } from './build-plan';
import { layOutOutputs, mp3Kind, retailSampleUnit, unitsNeeded, type OutputLayout } from './export-outputs';
import { audioKey, bookFileNames, estimateParts, exportUnits } from './export-units';
import { writeReadAlong } from './read-along';
import type { RenderChapter } from './render-chapters';
import type { WantedFormats } from './render-project';
import type { RenderStateStore, StoredExport } from './render-state-store';
import type { PreparedItem } from './synthesise-items';

const M4B_BITRATE_KBPS = 64;

export interface ExportInputs {
  db: Database.Database;
  state: RenderStateStore;
  chapters: readonly RenderChapter[];
  items: readonly PreparedItem[];
  audio: ReadonlyMap<string, SegmentAudioResult>;
  book: BookMetadata;
  credits?: { opening: PreparedItem[]; closing: PreparedItem[] };
  pauses: PauseSettings;
  target: LoudnessTargetId;
  want: WantedFormats;
  outDir: string;
  ffmpegPath: string;
  ffprobePath: string;
  signal: AbortSignal;
  progress(current: number, total: number, title: string): void;
}

export interface ExportResult {
  /** Every file of the export, by name in the output folder, whether written now or already current. */
  files: string[];
  /** Chapters assembled again in this export. */
  assembledChapters: number[];
  report: PreflightReport | null;
  warnings: string[];
}

/**
 * Exports the chapters incrementally: every file's inputs are hashed (the audio of its segments,
 * the pauses, the target, the tags, its name and track), and only files whose hash changed or that
 * are missing are written again. Only the chapters those files need are assembled: a chapter MP3
 * needs its own chapter, the M4B and the read-along book need every chapter. New files are staged
 * under temporary names and renamed into place together when all succeeded.
 */
export async function exportBook(inputs: ExportInputs): Promise<ExportResult> {
  const { want, outDir, signal, state } = inputs;
  const plan = buildPlan(inputs);
  validatePlan(plan);
  const units = exportUnits(plan);
  const audioOf = new Map([...inputs.audio.values()].map((a) => [a.key, a]));
  const seconds = (segment: PlanSegment): number => audioOf.get(audioKey(segment))?.durationSeconds ?? 0;
  const sampleRate = commonRate([...units.flatMap((u) => u.segments)].map((s) => audioOf.get(audioKey(s))?.sampleRate ?? 0));
  const names = bookFileNames(plan.book.title);
  const tags = { ...plan.book, cover: coverHash(plan.book) };
  const path = (file: string): string => join(outDir, file);
  const isCurrent = (file: string, hash: string): boolean => existsSync(path(file)) && state.exportOf(path(file))?.inputsHash === hash;

  const partsOf = new Map(units.map((u) => [u.id, estimateParts(u.segments, seconds, plan.pauses)]));
  const chapterUnits = units.filter((u) => u.kind === 'chapter');
  const sampleUnit = retailSampleUnit(units);

  const layout = (): OutputLayout =>
    layOutOutputs({ units, parts: partsOf, want, names, tags, sampleRate, m4bBitrateKbps: M4B_BITRATE_KBPS, isCurrent });
  let { numbered, outputs } = layout();
  const needed = (): Set<string> => unitsNeeded({ numbered, outputs }, units);

  const preflightFiles = new Map<string, PreflightFile>();
  const assembledChapters: number[] = [];
  const warnings: string[] = [];
  if (outputs.some((o) => !o.current)) {
    await mkdir(outDir, { recursive: true });
    const workDir = await mkdtemp(join(outDir, '.dramatis-render-'));
    const staged = new StagedOutputs(outDir);
    const limit = createLimiter(2);
    const inFlight: Promise<unknown>[] = [];
    const track = <T>(promise: Promise<T>): Promise<T> => {
      inFlight.push(promise.catch(() => undefined));
      return promise;
    };
    try {
      // Assemble what the stale files need; a unit that came out in another number of parts than
      // estimated renumbers the files after it, which may need more units.
      const assembled = new Map<string, AssembledUnitPart[]>();
      for (;;) {
        const missing = units.filter((u) => needed().has(u.id) && !assembled.has(u.id));
        if (missing.length === 0) break;
        const segmentsTotal = missing.reduce((n, u) => n + u.segments.length, 0);
        let segmentsDone = 0;
        const result = await assembleUnits(missing, {
          sampleRate,
          pauses: plan.pauses,
          target: plan.target,
          workDir,
          ffmpegPath: inputs.ffmpegPath,
          signal,
          limit: (task) => track(limit(task)),
          onSegment: (unit) => inputs.progress(Math.round((200 * ++segmentsDone) / segmentsTotal), 1000, `Assembling ${unit.title}`),
        });
        let renumber = false;
        for (const [id, parts] of result) {
          assembled.set(id, parts);
          if (parts.length !== partsOf.get(id)) {
            partsOf.set(id, parts.length);
            renumber = true;
          }
        }
        if (renumber) ({ numbered, outputs } = layout());
      }
      for (const u of chapterUnits) if (assembled.has(u.id) && u.chapterId !== null) assembledChapters.push(u.chapterId);

      const inputOf = (part: AssembledUnitPart): PcmInput => ({ path: part.path, samples: part.samples, sampleRate, gainDb: part.gainDb, ceilingDb: part.ceilingDb });
      const encodes: Array<{ seconds: number; title: string; run: (onSeconds: (s: number) => void) => Promise<void> }> = [];
      const checks: PreflightTarget[] = [];
      const stale = new Map(outputs.filter((o) => !o.current).map((o) => [o.file, o]));
      const total = numbered.reduce((n, f) => n + f.parts, 0);

      for (const files of numbered) {
        const parts = assembled.get(files.unit.id);
        files.stems.forEach((stem, p) => {
          const part = parts?.[p];
          const mp3 = stale.get(`${stem}.mp3`);
          if (mp3 && part) {
            const outPath = staged.stage(mp3.file);
            checks.push({ path: outPath, file: mp3.file, kind: mp3Kind(files.unit) });
            encodes.push({
              seconds: part.seconds,
              title: mp3.file,
              run: (onSeconds) =>
                encodeMp3({ ffmpegPath: inputs.ffmpegPath, book: plan.book, input: inputOf(part), title: files.partTitles[p]!, track: files.firstTrack + p, totalTracks: total, roomTone: plan.roomTone, outPath, signal, onSeconds }),
            });
          }
        });
      }
      for (const files of numbered) {
        const parts = assembled.get(files.unit.id);
        for (const [p, stem] of files.stems.entries()) {
          const vtt = stale.get(`${stem}.vtt`);
          const part = parts?.[p];
          if (vtt && part) await writeFile(staged.stage(vtt.file), buildWebVtt(part.segments));
        }
      }

      const m4b = stale.get(names.m4b);
      if (m4b) {
        if (signal.aborted) throw cancelled();
        const cover = await prepareCover(plan.book, { ffmpegPath: inputs.ffmpegPath, workDir, fontPath: findCoverFont(), signal });
        const outPath = staged.stage(m4b.file);
        checks.unshift({ path: outPath, file: m4b.file, kind: 'm4b' });
        let clock = 0;
        const chapters = units.map((u) => {
          const start = clock;
          clock += (assembled.get(u.id) ?? []).reduce((n, p) => n + p.seconds, 0);
          return { title: u.title, startSeconds: start, endSeconds: clock };
        });
        const pcm = units.flatMap((u) => (assembled.get(u.id) ?? []).map(inputOf));
        encodes.unshift({
          seconds: clock,
          title: m4b.file,
          run: (onSeconds) =>
            encodeM4b({ ffmpegPath: inputs.ffmpegPath, book: plan.book, inputs: pcm, chapters, coverPath: cover.path, roomTone: plan.roomTone, bitrateKbps: M4B_BITRATE_KBPS, workDir, outPath, signal, onSeconds }),
        });
      }

      const sample = stale.get(names.sample);
      const samplePart = sampleUnit ? assembled.get(sampleUnit.id)?.[0] : undefined;
      const window = samplePart ? retailSampleWindow(samplePart.segments, samplePart.seconds) : null;
      if (sample && samplePart && window) {
        const outPath = staged.stage(sample.file);
        checks.push({ path: outPath, file: sample.file, kind: 'retail-sample' });
        const input = inputOf(samplePart);
        const excerpt = {
          start: Math.round(window.start * sampleRate),
          end: Math.round(window.end * sampleRate),
          fadeInSeconds: SAMPLE_FADE_IN_SECONDS,
          fadeOutSeconds: SAMPLE_FADE_OUT_SECONDS,
        };
        encodes.push({
          seconds: window.end - window.start,
          title: sample.file,
          run: (onSeconds) =>
            encodeMp3({ ffmpegPath: inputs.ffmpegPath, book: plan.book, input, title: `${plan.book.title} (Retail Sample)`, track: 1, totalTracks: 1, roomTone: plan.roomTone, excerpt, outPath, signal, onSeconds }),
        });
      } else if (sample) {
        outputs = outputs.filter((o) => o !== sample);
      }

      const encodeTotal = encodes.reduce((n, e) => n + e.seconds, 0) || 1;
      const encoded = encodes.map(() => 0);
      const encodeProgress = (title: string): void =>
        inputs.progress(200 + Math.round((600 * encoded.reduce((a, b) => a + b, 0)) / encodeTotal), 1000, `Encoding ${title}`);
      await Promise.all(
        encodes.map((encode, i) =>
          track(
            limit(async () => {
              if (signal.aborted) throw cancelled();
              await encode.run((s) => {
                encoded[i] = Math.min(encode.seconds, s);
                encodeProgress(encode.title);
              });
              encoded[i] = encode.seconds;
              encodeProgress(encode.title);
            }),
          ),
        ),
      );

      let checked = 0;
      const results = await Promise.all(
        checks.map((target) =>
          track(
            limit(async () => {
              if (signal.aborted) throw cancelled();
              inputs.progress(800 + Math.round((200 * checked) / checks.length), 1000, `Checking ${target.file}`);
              const result = await preflightFile({ ffmpegPath: inputs.ffmpegPath, ffprobePath: inputs.ffprobePath, signal }, target, plan.target);
              inputs.progress(800 + Math.round((200 * ++checked) / checks.length), 1000, `Checking ${target.file}`);
              return result;
            }),
          ),
        ),
      );
      for (const r of results) preflightFiles.set(r.file, r);

      if (signal.aborted) throw cancelled();
      await staged.commit();
      const epub = stale.get(names.epub);
      if (epub) {
        inputs.progress(990, 1000, 'Writing the read-along book');
        const readAlong = await writeReadAlong({
          db: inputs.db,
          outPath: path(epub.file),
          chapterUnits,
          numbered,
          assembled,
          items: inputs.items,
          mp3Dir: want.mp3 ? outDir : null,
          book: plan.book,
          workDir,
          ffmpegPath: inputs.ffmpegPath,
          roomTone: plan.roomTone,
          sampleRate,
          signal,
        });
        const unplaced = readAlong.unplaced.length;
        if (unplaced > 0) warnings.push(`${unplaced} line${unplaced === 1 ? '' : 's'} could not be matched to the book's text and will play without highlighting in the read-along book.`);
      }
    } catch (error) {
      await Promise.all(inFlight);
      await staged.discard();
      throw error;
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }

  const records: StoredExport[] = outputs.map((o) => ({
    path: path(o.file),
    kind: o.kind,
    chapterId: o.chapterId,
    inputsHash: o.hash,
    preflight: preflightFiles.get(o.file) ?? (o.current ? (state.exportOf(path(o.file))?.preflight ?? null) : null),
  }));
  state.recordExports(records);
  const checked = records.map((r) => r.preflight).filter((p): p is PreflightFile => p !== null);
  inputs.progress(1000, 1000, 'Done');
  return {
    files: outputs.map((o) => o.file),
    assembledChapters,
    report: checked.length > 0 ? preflightReport(plan.target, checked) : null,
    warnings,
  };
}

/** The rate most segments already have, so only the odd few are resampled. */
function commonRate(rates: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const rate of rates) if (rate > 0) counts.set(rate, (counts.get(rate) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 22_050;
}

function coverHash(book: BookMetadata): string | null {
  return book.cover ? createHash('sha256').update(book.cover.bytes).digest('hex') : null;
}
