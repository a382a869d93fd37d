import { randomUUID } from 'node:crypto';
import { StudioError, isStudioError } from '../../shared/errors';
import type { JobEvent, JobKind, JobProgress } from '../../shared/progress';
import { estimateSecondsLeft } from './eta';

/** What a running job can see and say. */
export interface JobControl {
  readonly signal: AbortSignal;
  progress(current: number, total: number, title?: string): void;
}

export interface StartedJob<T> {
  jobId: string;
  /** Settles with the job's result; rejects with a StudioError (code CANCELLED when cancelled). */
  done: Promise<T>;
}

interface RunningJob {
  controller: AbortController;
}

/**
 * Runs long jobs: each has an id, typed events (progress, completed, failed, cancelled) and a cancel
 * backed by an AbortSignal. Progress is throttled so a job that reports per item cannot flood a
 * transport; the last report before the end always goes out.
 */
export class JobRunner {
  private readonly running = new Map<string, RunningJob>();

  constructor(
    private readonly emit: (event: JobEvent) => void,
    private readonly throttleMs = 100,
    private readonly now: () => number = Date.now,
  ) {}

  start<T>(kind: JobKind, title: string, run: (job: JobControl) => Promise<T>): StartedJob<T> {
    const jobId = randomUUID();
    const controller = new AbortController();
    this.running.set(jobId, { controller });
    const startedAt = this.now();
    let lastEmit = -Infinity;
    let pending: JobProgress | null = null;
    let currentTitle = title;

    const flush = (): void => {
      if (pending) {
        this.emit({ type: 'progress', progress: pending });
        pending = null;
        lastEmit = this.now();
      }
    };

    const control: JobControl = {
      signal: controller.signal,
      progress: (current, total, newTitle) => {
        if (controller.signal.aborted) return;
        if (newTitle) currentTitle = newTitle;
        const fraction = total > 0 ? Math.min(1, Math.max(0, current / total)) : 0;
        pending = {
          jobId,
          kind,
          fraction,
          current,
          total,
          etaSeconds: estimateSecondsLeft(fraction, this.now() - startedAt),
          title: currentTitle,
        };
        if (this.now() - lastEmit >= this.throttleMs) flush();
      },
    };

    const done = (async () => {
      try {
        control.progress(0, 0);
        const result = await run(control);
        if (controller.signal.aborted) throw cancelledError();
        flush();
        this.emit({ type: 'completed', jobId, kind });
        return result;
      } catch (error) {
        pending = null;
        if (controller.signal.aborted) {
          this.emit({ type: 'cancelled', jobId, kind });
          throw cancelledError();
        }
        const info = isStudioError(error)
          ? error.toInfo()
          : { code: 'INTERNAL' as const, message: `The ${kind} failed unexpectedly: ${describe(error)}` };
        this.emit({ type: 'failed', jobId, kind, error: info });
        throw isStudioError(error) ? error : new StudioError('INTERNAL', info.message);
      } finally {
        this.running.delete(jobId);
      }
    })();
    // The caller may only listen to events; an unobserved rejection must not crash the process.
    done.catch(() => undefined);
    return { jobId, done };
  }

  cancel(jobId: string): boolean {
    const job = this.running.get(jobId);
    if (!job) return false;
    job.controller.abort(cancelledError());
    return true;
  }

  cancelAll(): void {
    for (const id of [...this.running.keys()]) this.cancel(id);
  }

  get activeCount(): number {
    return this.running.size;
  }
}

function cancelledError(): StudioError {
  return new StudioError('CANCELLED', 'The job was cancelled.');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
