import { basename, dirname, isAbsolute, join } from 'node:path';
import { StudioError } from '../../shared/errors';
import type { JobEvent, JobProgress } from '../../shared/progress';
import type { CacheFreed, RenderRunSummary, RenderState, renderStartSchema } from '../../shared/requests/render-requests';
import { DEFAULT_PAUSES, type PreflightReport } from '../../shared/render';
import type { z } from 'zod';
import type { JobRunner } from '../jobs/job-runner';
import { PROJECT_EXTENSION } from '../project/project-file-name';
import type { ProjectSession } from '../project/project-session';
import { audioCacheDir } from '../voices/segment-audio/audio-cache';
import type { SegmentAudio } from '../voices/segment-audio/segment-audio';
import { addFreed } from './cache-pruning/cache-files';
import { pruneBlocks } from './cache-pruning/prune-blocks';
import { pruneSegments } from './cache-pruning/prune-segments';
import { RenderLeases } from './cache-pruning/render-leases';
import { sweepTemps } from './cache-pruning/sweep-temps';
import { PauseGate } from './pause-gate';
import { renderProject, type RenderOutcome } from './render-project';
import { renderStateView } from './render-state-view';
import { RenderStateStore } from './render-state-store';

export interface FfmpegTools {
  ffmpegPath: string;
  ffprobePath: string;
}

export interface RenderServiceOptions {
  jobs: JobRunner;
  /** Subscribes to the job events the runner emits; the service keeps its job's last progress. */
  watchJobs(listener: (event: JobEvent) => void): void;
  /** Subscribes to the open project changing: a render of a project that closed is cancelled. */
  watchProject(listener: (path: string | null) => void): void;
  project(): ProjectSession;
  segmentAudio: SegmentAudio;
  /** Lines synthesised at once: the worker pool's size. */
  concurrency: number;
  /** Finds FFmpeg and ffprobe, or refuses with FFMPEG_MISSING. */
  tools(): FfmpegTools;
}

interface RunningRender {
  jobId: string;
  projectPath: string;
  gate: PauseGate;
  progress: JobProgress | null;
  /** Where the job last reported it was, to say so again while it is paused. */
  last: { current: number; total: number; title: string };
  report(current: number, total: number, title: string): void;
}

/** The default output folder: `<book> audiobook` beside the project file. */
export function defaultOutDir(projectPath: string): string {
  return join(dirname(projectPath), `${basename(projectPath, PROJECT_EXTENSION)} audiobook`);
}

/**
 * Renders of the open project, one at a time, as jobs of the studio's runner: started, paused and
 * resumed here, cancelled like every job. It also answers what is rendered and the last pre-flight.
 */
export class RenderService {
  private running: RunningRender | null = null;

  constructor(private readonly options: RenderServiceOptions) {
    options.watchJobs((event) => {
      const running = this.running;
      if (!running) return;
      if (event.type === 'progress') {
        if (event.progress.jobId === running.jobId) running.progress = event.progress;
      } else if (event.jobId === running.jobId) {
        // The job's end is told before its result settles: by then the studio has no render running.
        this.running = null;
      }
    });
    options.watchProject((path) => {
      if (this.running && this.running.projectPath !== path) options.jobs.cancel(this.running.jobId);
    });
  }

  start(input: z.output<typeof renderStartSchema>): { jobId: string; done: Promise<RenderOutcome> } {
    if (this.running) throw new StudioError('INVALID_REQUEST', 'A render is already running; pause, cancel or wait for it first.');
    const session = this.options.project();
    const outDir = input.outDir ?? defaultOutDir(session.path);
    if (!isAbsolute(outDir) || outDir.includes('\0')) throw new StudioError('INVALID_REQUEST', 'The output folder must be an absolute path.');
    const tools = this.options.tools();
    const book = session.book();
    const running: RunningRender = {
      jobId: '',
      projectPath: session.path,
      gate: new PauseGate(),
      progress: null,
      last: { current: 0, total: 0, title: '' },
      report: () => undefined,
    };
    const started = this.options.jobs.start('render', `Rendering ${book.title || 'the book'}`, async (job) => {
      running.report = (current, total, title) => {
        running.last = { current, total, title };
        job.progress(current, total, title);
      };
      // The job id goes back to the caller before the book is read.
      await new Promise((resolve) => setImmediate(resolve));
      return renderProject(
        { db: session.db, projectPath: session.path, book, segmentAudio: this.options.segmentAudio, concurrency: this.options.concurrency, ...tools },
        {
          chapterIds: input.chapterIds,
          formats: input.formats,
          target: input.target,
          outDir,
          pauses: { ...DEFAULT_PAUSES, ...input.pauses },
          metadata: input.metadata ?? {},
        },
        { signal: job.signal, gate: running.gate, progress: (current, total, title) => running.report(current, total, title) },
      );
    });
    running.jobId = started.jobId;
    this.running = running;
    return started;
  }

  pause(jobId: string): boolean {
    const running = this.runningJob(jobId);
    if (!running.gate.pause()) return false;
    const { current, total } = running.last;
    running.report(current, total, 'Paused');
    // The runner holds back a report that comes right after another; a paused job sends no more, so
    // the pause is said again once that hold is over.
    setTimeout(() => {
      if (running.gate.paused) running.report(current, total, 'Paused');
    }, 150).unref();
    return true;
  }

  resume(jobId: string): boolean {
    const running = this.runningJob(jobId);
    if (!running.gate.resume()) return false;
    const { current, total } = running.last;
    running.report(current, total, 'Resuming');
    return true;
  }

  state(): RenderState {
    const session = this.options.project();
    const running = this.running?.projectPath === session.path ? this.running : null;
    return renderStateView({
      db: session.db,
      book: session.book(),
      cacheDir: audioCacheDir(session.path),
      segmentAudio: this.options.segmentAudio,
      defaultOutDir: defaultOutDir(session.path),
      job: running ? { jobId: running.jobId, paused: running.gate.paused, progress: running.progress } : null,
    });
  }

  /**
   * Frees the open project's audio cache of temporary files left by killed renders, lines no line of
   * the project can use and blocks no exported file uses. Refused while a render of the project
   * (here or in another process) is under way: it may be using what would be removed.
   */
  pruneCache(): CacheFreed {
    const session = this.options.project();
    if ((this.running && this.running.projectPath === session.path) || new RenderLeases(session.db).othersRunning(null)) {
      throw new StudioError('INVALID_REQUEST', 'A render of this project is under way; free up space when it has finished.');
    }
    const cacheDir = audioCacheDir(session.path);
    const swept = sweepTemps(cacheDir);
    const lines = pruneSegments({ db: session.db, book: session.book(), cacheDir, segmentAudio: this.options.segmentAudio });
    const blocks = pruneBlocks(session.db, join(cacheDir, 'blocks'), null);
    return addFreed(addFreed(swept, lines), blocks);
  }

  preflight(): PreflightReport | null {
    return new RenderStateStore(this.options.project().db).lastRun()?.report ?? null;
  }

  lastRun(): RenderRunSummary | null {
    return new RenderStateStore(this.options.project().db).lastRun()?.summary ?? null;
  }

  private runningJob(jobId: string): RunningRender {
    const running = this.running;
    if (!running || running.jobId !== jobId) throw new StudioError('NOT_FOUND', 'That render is not running.');
    return running;
  }
}
