import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { BookMeta } from '../../shared/book';
import { StudioError } from '../../shared/errors';
import type { FailedSegment, RenderFormat, RenderMetadataInput, RenderRunSummary } from '../../shared/requests/render-requests';
import type { LoudnessTargetId, PauseSettings, PreflightReport } from '../../shared/render';
import { AudioCache, audioCacheDir } from '../voices/segment-audio/audio-cache';
import type { SegmentAudio } from '../voices/segment-audio/segment-audio';
import { bookMetadata, defaultMetadata, sourceDetails } from './book-metadata';
import { addFreed, type Freed } from './cache-pruning/cache-files';
import { pruneBlocks } from './cache-pruning/prune-blocks';
import { RenderLeases } from './cache-pruning/render-leases';
import { sweepTemps } from './cache-pruning/sweep-temps';
import { creditItems } from './credit-items';
import { exportBook } from './export-book';
import type { PauseGate } from './pause-gate';
import { prepareItems } from './prepare-items';
import { readRenderChapters } from './render-chapters';
import { RenderStateStore } from './render-state-store';
import { synthesiseItems, type PreparedItem } from './synthesise-items';

export interface RenderEnvironment {
  db: Database.Database;
  projectPath: string;
  book: BookMeta;
  segmentAudio: SegmentAudio;
  /** Lines synthesised at once: the size of the worker pool. */
  concurrency: number;
  ffmpegPath: string;
  ffprobePath: string;
}

export interface RenderRequest {
  chapterIds?: number[];
  formats: RenderFormat[];
  target: LoudnessTargetId;
  outDir: string;
  pauses: PauseSettings;
  metadata: RenderMetadataInput;
}

export interface RenderControl {
  signal: AbortSignal;
  gate: PauseGate;
  progress(current: number, total: number, title: string): void;
}

export interface RenderOutcome {
  summary: RenderRunSummary;
  report: PreflightReport | null;
}

export interface WantedFormats {
  m4b: boolean;
  mp3: boolean;
  vtt: boolean;
  epub: boolean;
}

export function wantedFormats(formats: readonly RenderFormat[]): WantedFormats {
  const all = formats.includes('all');
  return { m4b: all || formats.includes('m4b'), mp3: all || formats.includes('mp3'), vtt: all || formats.includes('vtt'), epub: formats.includes('epub') };
}

/**
 * Renders chapters of a project to files: every line's audio from the cache or synthesised on the
 * workers (each recorded in the render state as soon as it is stored), then the chapters whose
 * lines all have audio assembled and exported. A chapter with a line that failed is left out and
 * named in the summary; the rest of the book is still exported.
 */
export async function renderProject(env: RenderEnvironment, request: RenderRequest, control: RenderControl): Promise<RenderOutcome> {
  const leases = new RenderLeases(env.db);
  const lease = leases.take();
  try {
    return await renderWithLease(env, request, control, lease);
  } finally {
    leases.release(lease);
  }
}

async function renderWithLease(env: RenderEnvironment, request: RenderRequest, control: RenderControl, lease: string): Promise<RenderOutcome> {
  const want = wantedFormats(request.formats);
  const epubBook = env.book.format === 'epub';
  const formats = request.formats.includes('all') ? (['m4b', 'mp3', 'vtt', ...(epubBook ? ['epub' as const] : [])] satisfies RenderFormat[]) : request.formats;
  if (want.epub && !epubBook) {
    throw new StudioError('INVALID_REQUEST', 'A read-along EPUB can be made only from a book imported from an EPUB.');
  }
  if (want.vtt && !want.m4b && !want.mp3) {
    throw new StudioError('INVALID_REQUEST', 'Captions go with the audio they caption: choose M4B or MP3 as well.');
  }
  const chapters = readRenderChapters(env.db, request.chapterIds).filter((c) => c.items.length > 0);
  if (chapters.length === 0) {
    throw new StudioError('INVALID_REQUEST', 'There is nothing to render: include at least one chapter with text in the audiobook.');
  }

  const language = env.book.language;
  const prepared = prepareItems(env.db, chapters, env.book, env.segmentAudio);
  const details = sourceDetails(env.db, env.book);
  const book = bookMetadata(defaultMetadata(env.book, details, prepared.engines), request.metadata, details);
  const credits = want.mp3 ? creditItems(book, prepared.voices.narratorVoice, language, prepared.lexicon, env.segmentAudio) : null;
  const everything: PreparedItem[] = [...prepared.items, ...(credits ? [...credits.opening, ...credits.closing] : [])];

  const cacheDir = audioCacheDir(env.projectPath);
  const tidyWarnings: string[] = [];
  const tidy = (step: () => Freed): Freed => {
    try {
      return step();
    } catch (error) {
      // Tidying the cache is a saving, never a reason to fail the render.
      tidyWarnings.push(`The render cache could not be tidied: ${error instanceof Error ? error.message : String(error)}`);
      return { files: 0, bytes: 0 };
    }
  };
  const swept = tidy(() => sweepTemps(cacheDir));
  const cache = new AudioCache(cacheDir);
  const state = new RenderStateStore(env.db);
  const synthesis = await synthesiseItems(everything, {
    segmentAudio: env.segmentAudio,
    cache,
    state,
    gate: control.gate,
    signal: control.signal,
    concurrency: env.concurrency,
    progress: (done, total, chapterTitle) => control.progress(done, total, chapterTitle ? `Synthesising ${chapterTitle}` : 'Synthesising'),
  });
  control.signal.throwIfAborted();

  const failedChapters = new Set(synthesis.failed.map((f) => f.chapterId));
  const ready = chapters.filter((c) => !failedChapters.has(c.id));
  const creditsReady = credits && !failedChapters.has(0) ? credits : undefined;
  const summary: RenderRunSummary = {
    outDir: request.outDir,
    target: request.target,
    formats,
    chapterIds: chapters.map((c) => c.id),
    files: [],
    failed: synthesis.failed,
    synthesised: synthesis.synthesised,
    assembledChapters: [],
    warnings: tidyWarnings,
    cacheFreed: swept,
    at: new Date().toISOString(),
  };
  if (ready.length === 0) {
    state.recordRun(summary, null);
    return { summary, report: null };
  }

  await control.gate.wait(control.signal);
  const exported = await exportBook({
    db: env.db,
    state,
    chapters: ready,
    items: prepared.items,
    audio: synthesis.audio,
    book,
    credits: creditsReady,
    pauses: request.pauses,
    target: request.target,
    want,
    outDir: request.outDir,
    ffmpegPath: env.ffmpegPath,
    ffprobePath: env.ffprobePath,
    blockCacheDir: join(cacheDir, 'blocks'),
    complete: request.chapterIds === undefined && ready.length === chapters.length && (!credits || creditsReady !== undefined),
    signal: control.signal,
    progress: control.progress,
  });
  const pruned = tidy(() => pruneBlocks(env.db, join(cacheDir, 'blocks'), lease));
  const done: RenderRunSummary = {
    ...summary,
    files: exported.files,
    assembledChapters: exported.assembledChapters,
    warnings: [...exported.warnings, ...tidyWarnings],
    blocks: { encoded: exported.encodedBlocks, reused: exported.reusedBlocks },
    cacheFreed: addFreed(swept, pruned),
    at: new Date().toISOString(),
  };
  state.recordRun(done, exported.report);
  return { summary: done, report: exported.report };
}

/** The failures of a run, one sentence a chapter. */
export function describeFailures(failed: readonly FailedSegment[]): string[] {
  const byChapter = new Map<number, FailedSegment[]>();
  for (const f of failed) byChapter.set(f.chapterId, [...(byChapter.get(f.chapterId) ?? []), f]);
  return [...byChapter.values()].map((list) => {
    const first = list[0]!;
    const more = list.length > 1 ? ` and ${list.length - 1} more` : '';
    return `${first.chapterTitle} was not exported: ${first.label}${more} could not be synthesised (${first.reason}).`;
  });
}
