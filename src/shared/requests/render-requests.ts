import { z } from 'zod';
import type { JobProgress } from '../progress';
import { LOUDNESS_TARGET_IDS, pauseSettingsSchema, type LoudnessTargetId, type PauseSettings, type PreflightReport } from '../render';
import { chapterIdSchema, emptyInput, filePathSchema, request } from './declare-request';

/** What a render can write: an M4B, MP3 per chapter, WebVTT captions, a read-along EPUB 3 (EPUB books only). */
export const RENDER_FORMATS = ['m4b', 'mp3', 'vtt', 'epub', 'all'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

const text = (max: number) => z.string().trim().max(max);

/** Metadata written into the files; anything left out comes from the book. */
export const renderMetadataSchema = z
  .object({
    title: text(500).min(1),
    author: text(500),
    narrator: text(500),
    year: z.string().trim().regex(/^\d{4}$/, 'a four-digit year'),
    description: text(4000),
    genre: text(200),
  })
  .partial()
  .strict();
export type RenderMetadataInput = z.infer<typeof renderMetadataSchema>;

export const renderStartSchema = z
  .object({
    /** Chapters to render, in any order (they are rendered in book order); all included chapters when absent. */
    chapterIds: z.array(chapterIdSchema).min(1).max(10_000).optional(),
    formats: z.array(z.enum(RENDER_FORMATS)).min(1).max(RENDER_FORMATS.length),
    target: z.enum(LOUDNESS_TARGET_IDS),
    /** An absolute folder; the project's default output folder when absent. */
    outDir: filePathSchema.optional(),
    pauses: pauseSettingsSchema.partial().optional(),
    metadata: renderMetadataSchema.optional(),
  })
  .strict();
export type RenderStartInput = z.input<typeof renderStartSchema>;

const jobIdInput = z.object({ jobId: z.string().min(1).max(100) }).strict();

/** How far a chapter's audio is: segments whose audio matches their current text, voice and lexicon. */
export interface ChapterRenderState {
  chapterId: number;
  title: string;
  included: boolean;
  /** Spoken items: the title read aloud and every segment. */
  segments: number;
  /** Items whose last rendered audio is still right. */
  rendered: number;
  /** Items rendered before whose text, voice or pronunciation has changed since. */
  stale: number;
  /** The chapter's exported files were built from its current audio and settings. */
  exported: boolean;
}

/** A segment that could not be synthesised, named as a person finds it in the script. */
export interface FailedSegment {
  chapterId: number;
  chapterTitle: string;
  segmentId: number | null;
  /** The first words of the line (or "the chapter title"). */
  label: string;
  reason: string;
}

export interface RenderRunSummary {
  outDir: string;
  target: LoudnessTargetId;
  formats: RenderFormat[];
  chapterIds: number[];
  /** Files written or already up to date, by name inside `outDir`. */
  files: string[];
  /** Chapters not exported because a segment failed, with the segments that did. */
  failed: FailedSegment[];
  /** Segments synthesised in this run (the rest came from the cache). */
  synthesised: number;
  /** Chapters whose files were assembled again (the rest were up to date). */
  assembledChapters: number[];
  /** Things a person should know that did not stop the render (lines the read-along book could not highlight). */
  warnings: string[];
  /** Encoded blocks the written files were joined from: encoded in this run, or reused from the cache (absent in runs recorded by older versions). */
  blocks?: { encoded: number; reused: number };
  /** What the run removed from the audio cache: temporary files left by killed renders and blocks no exported file uses any more. */
  cacheFreed?: CacheFreed;
  at: string;
}

/** Files removed from a project's audio cache and the bytes they took. */
export interface CacheFreed {
  files: number;
  bytes: number;
}

export interface RenderJobState {
  jobId: string;
  paused: boolean;
  progress: JobProgress | null;
}

export interface RenderState {
  chapters: ChapterRenderState[];
  /** The render running now, if any. */
  job: RenderJobState | null;
  last: RenderRunSummary | null;
  preflight: PreflightReport | null;
  defaultOutDir: string;
  /** What the files say unless the render request overrides it. */
  metadata: Required<Omit<RenderMetadataInput, 'year'>> & { year: string };
  /** The read-along EPUB needs an EPUB book. */
  canExportEpub: boolean;
  pauses: PauseSettings;
  /** The speech engines the cast uses (the default voice when nothing is cast). */
  engines: string[];
}

/** Rendering the book to audio files. Cancel a render with `job.cancel`. */
export const renderRequests = {
  /** Starts a render job; its progress counts segments done out of the total. */
  'render.start': request<{ jobId: string }>()(renderStartSchema),
  /** Holds a render where it is; segments under way finish first. */
  'render.pause': request<{ paused: boolean }>()(jobIdInput),
  'render.resume': request<{ resumed: boolean }>()(jobIdInput),
  'render.state': request<RenderState>()(emptyInput),
  /** The pre-flight report of the last render's files, or null before the first. */
  'render.preflight': request<PreflightReport | null>()(emptyInput),
  /**
   * Frees the project's audio cache of what no line or exported file uses any more: lines whose text,
   * voice or pronunciation changed, blocks of older exports, temporary files of killed renders.
   * Refused while a render of the project is under way.
   */
  'render.pruneCache': request<CacheFreed>()(emptyInput),
} as const;
