import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import type { LoudnessTargetId, PauseSettings, PreflightFile, PreflightReport } from '../../shared/render';
import { buildWebVtt } from '../render/captions';
import { findCoverFont, prepareCover } from '../render/cover/cover-art';
import { BlockCache } from '../render/blocks/block-cache';
import type { BlockSizes } from '../render/blocks/split-blocks';
import type { PcmInput } from '../render/encode-inputs';
import { encodeMp3 } from '../render/export-mp3';
import { cancelled } from '../render/ffmpeg-process';
import { createLimiter } from '../render/limiter';
import { sweepOutputLeftovers, workDirPrefix } from '../render/output-leftovers';
import { preflightFile, preflightReport } from '../render/preflight';
import type { BookMetadata, PlanSegment } from '../render/render-plan';
import { retailSampleWindow, SAMPLE_FADE_IN_SECONDS, SAMPLE_FADE_OUT_SECONDS } from '../render/retail-sample';
import { StagedOutputs } from '../render/staged-outputs';
import { validatePlan } from '../render/validate-plan';
import type { SegmentAudioResult } from '../voices/segment-audio/segment-audio';
import { assembleUnits, type AssembledUnitPart } from './assemble-units';
import { AAC, BlockOutputs, MP3 } from './block-outputs';
import { buildPlan } from './build-plan';
import { BLOCK_JOINED_KINDS, BlockRecords } from './cache-pruning/block-records';
import { layOutOutputs, mp3Kind, retailSampleUnit, unitsNeeded, type OutputLayout } from './export-outputs';
import { audioKey, bookFileNames, estimateParts, exportUnits } from './export-units';
import { writeReadAlong } from './read-along';
import type { RenderChapter } from './render-chapters';
import type { WantedFormats } from './render-project';
import type { RenderStateStore, StoredExport } from './render-state-store';
import type { PreparedItem } from './synthesise-items';
import { stableGain, UnitGainStore } from './unit-gains';

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
  /** Where encoded blocks are cached: a folder of the project's audio cache. */
  blockCacheDir: string;
  blockSizes?: BlockSizes;
  /** Every chapter the book exports is in this export (none left out by a choice or a failure). */
  complete: boolean;
  signal: AbortSignal;
  progress(current: number, total: number, title: string): void;
}

export interface ExportResult {
  /** Every file of the export, by name in the output folder, whether written now or already current. */
  files: string[];
  /** Chapters assembled again in this export. */
  assembledChapters: number[];
  /** Blocks encoded in this export (the rest came from the block cache). */
  encodedBlocks: number;
  /** Blocks the written files took from the block cache as they were. */
  reusedBlocks: number;
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
  const blockRecords = new BlockRecords(inputs.db);
  // A file joined from blocks counts as current only once its blocks are recorded, so the pruning knows every block in use.
  const isCurrent = (file: string, hash: string): boolean => {
    const stored = state.exportOf(path(file));
    return existsSync(path(file)) && stored?.inputsHash === hash && (!BLOCK_JOINED_KINDS.includes(stored.kind) || blockRecords.hasBlocks(stored.path));
  };

  const partsOf = new Map(units.map((u) => [u.id, estimateParts(u.segments, seconds, plan.pauses)]));
  const chapterUnits = units.filter((u) => u.kind === 'chapter');
  const sampleUnit = retailSampleUnit(units);

  const layout = (): OutputLayout =>
    layOutOutputs({ units, parts: partsOf, want, names, tags, sampleRate, m4bBitrateKbps: AAC.bitrateKbps, isCurrent });
  let { numbered, outputs } = layout();
  const needed = (): Set<string> => unitsNeeded({ numbered, outputs }, units);

  const preflightFiles = new Map<string, PreflightFile>();
  const assembledChapters: number[] = [];
  const warnings: string[] = [];
  const gains = new UnitGainStore(inputs.db);
  let encodedBlocks = 0;
  let reusedBlocks = 0;
  const usedBlocks = new Map<string, Map<string, string[]>>();
  if (outputs.some((o) => !o.current)) {
    await mkdir(outDir, { recursive: true });
    sweepOutputLeftovers(outDir);
    const workDir = await mkdtemp(workDirPrefix(outDir));
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
          blockCache: new BlockCache(inputs.blockCacheDir),
          blockSizes: inputs.blockSizes,
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
      keepStableGains(assembled, gains, plan.target);

      const inputOf = (part: AssembledUnitPart): PcmInput => ({ path: part.path, samples: part.samples, sampleRate, gainDb: part.gainDb, ceilingDb: part.ceilingDb });
      const stale = new Map(outputs.filter((o) => !o.current).map((o) => [o.file, o]));
      const total = numbered.reduce((n, f) => n + f.parts, 0);
      const needsCover = [...stale.values()].some((o) => o.kind !== 'captions' && o.kind !== 'read-along');
      const cover = needsCover ? await prepareCover(plan.book, { ffmpegPath: inputs.ffmpegPath, workDir, fontPath: findCoverFont(), cacheDir: dirname(inputs.blockCacheDir), signal }) : null;
      const blocks = new BlockOutputs({
        assembled,
        sampleRate,
        cacheDir: inputs.blockCacheDir,
        book: plan.book,
        roomTone: plan.roomTone,
        target: plan.target,
        coverPath: cover?.path ?? null,
        ffmpegPath: inputs.ffmpegPath,
        ffprobePath: inputs.ffprobePath,
        workDir,
        signal,
        limit: (task) => track(limit(task)),
        progress: inputs.progress,
      });
      const jobs: Array<Promise<PreflightFile | null>> = [];

      const m4b = stale.get(names.m4b);
      if (m4b) {
        blocks.expectCheck();
        jobs.push(blocks.writeM4b(units, m4b.file, staged.stage(m4b.file)));
      }
      // Captions and the read-along book follow the MP3s when there are MP3s, else the M4B.
      const timingCodec = want.mp3 ? MP3 : AAC;
      for (const files of numbered) {
        const parts = assembled.get(files.unit.id);
        files.stems.forEach((stem, p) => {
          if (!parts?.[p]) return;
          const mp3 = stale.get(`${stem}.mp3`);
          const vtt = stale.get(`${stem}.vtt`);
          if (mp3) {
            blocks.expectCheck();
            const tags = { title: files.partTitles[p]!, track: files.firstTrack + p, totalTracks: total };
            jobs.push(blocks.writeMp3(files.unit, p, tags, { path: staged.stage(mp3.file), file: mp3.file, kind: mp3Kind(files.unit) }));
          }
          if (vtt) {
            const outPath = staged.stage(vtt.file);
            jobs.push(
              blocks.retimed(files.unit.id, p, timingCodec, vtt.file).then(async (part) => {
                await writeFile(outPath, buildWebVtt(part.segments));
                return null;
              }),
            );
          }
        });
      }

      const sample = stale.get(names.sample);
      const samplePart = sampleUnit ? assembled.get(sampleUnit.id)?.[0] : undefined;
      const window = samplePart ? retailSampleWindow(samplePart.segments, samplePart.seconds) : null;
      if (sample && samplePart && window) {
        blocks.expectCheck();
        const outPath = staged.stage(sample.file);
        const excerpt = {
          start: Math.round(window.start * sampleRate),
          end: Math.round(window.end * sampleRate),
          fadeInSeconds: SAMPLE_FADE_IN_SECONDS,
          fadeOutSeconds: SAMPLE_FADE_OUT_SECONDS,
        };
        jobs.push(
          track(
            limit(async () => {
              if (signal.aborted) throw cancelled();
              blocks.encodeProgress(sample.file);
              const input = inputOf(samplePart);
              await encodeMp3({ ffmpegPath: inputs.ffmpegPath, book: plan.book, input, title: `${plan.book.title} (Retail Sample)`, track: 1, totalTracks: 1, roomTone: plan.roomTone, coverPath: cover?.path ?? null, excerpt, outPath, signal });
              const tools = { ffmpegPath: inputs.ffmpegPath, ffprobePath: inputs.ffprobePath, signal };
              const result = await preflightFile(tools, { path: outPath, file: sample.file, kind: 'retail-sample' }, plan.target);
              blocks.checked();
              return result;
            }),
          ),
        );
      } else if (sample) {
        outputs = outputs.filter((o) => o !== sample);
      }

      const settled = await Promise.allSettled(jobs);
      const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
      for (const r of settled) if (r.status === 'fulfilled' && r.value) preflightFiles.set(r.value.file, r.value);
      encodedBlocks = blocks.encoded;
      reusedBlocks = blocks.reused;
      for (const [file, units] of blocks.used) usedBlocks.set(file, units);

      const readAlongParts = new Map<string, AssembledUnitPart[]>();
      if (stale.has(names.epub) && want.mp3) {
        for (const u of chapterUnits) readAlongParts.set(u.id, await Promise.all((assembled.get(u.id) ?? []).map((_, p) => blocks.retimed(u.id, p, MP3, names.epub))));
      }

      if (signal.aborted) throw cancelled();
      await staged.commit();
      gains.record([...assembled].flatMap(([unit, parts]) => parts.map((part, p) => ({ unit, part: p, target: plan.target, gainDb: part.gainDb }))));
      const epub = stale.get(names.epub);
      if (epub) {
        inputs.progress(990, 1000, 'Writing the read-along book');
        const readAlong = await writeReadAlong({
          db: inputs.db,
          outPath: path(epub.file),
          chapterUnits,
          numbered,
          assembled: want.mp3 ? readAlongParts : assembled,
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
  inputs.db.transaction(() => {
    state.recordExports(records);
    blockRecords.record(
      [...usedBlocks].map(([file, units]) => ({ path: path(file), units })),
      inputs.complete,
    );
  })();
  const checked = records.map((r) => r.preflight).filter((p): p is PreflightFile => p !== null);
  inputs.progress(1000, 1000, 'Done');
  return {
    files: outputs.map((o) => o.file),
    assembledChapters,
    encodedBlocks,
    reusedBlocks,
    report: checked.length > 0 ? preflightReport(plan.target, checked) : null,
    warnings,
  };
}

/** Each part keeps the gain of its last export while that still meets the target (see `stableGain`). */
function keepStableGains(assembled: Map<string, AssembledUnitPart[]>, gains: UnitGainStore, target: LoudnessTargetId): void {
  for (const [unit, parts] of assembled) {
    assembled.set(
      unit,
      parts.map((part, p) => ({ ...part, gainDb: stableGain(target, part.levelDb, part.gainDb, gains.gainOf(unit, p, target)) })),
    );
  }
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
