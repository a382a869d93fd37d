import type { JobControl } from '../../jobs/job-runner';

export interface DownloadProgress {
  /** The file being fetched now. */
  file: string;
  bytesDone: number;
  bytesTotal: number;
  /** From the rate of this run only, so bytes resumed from disk do not flatter it; null while unknown. */
  etaSeconds: number | null;
}

export type DownloadProgressListener = (progress: DownloadProgress) => void;

/** Turns byte counts into progress with an ETA from the transfer rate since the meter started. */
export class ProgressMeter {
  private readonly startedAt: number;
  private firstDone: number | null = null;

  constructor(
    readonly bytesTotal: number,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  measure(file: string, bytesDone: number): DownloadProgress {
    this.firstDone ??= bytesDone;
    const elapsedSeconds = (this.now() - this.startedAt) / 1000;
    const transferred = bytesDone - this.firstDone;
    const left = Math.max(0, this.bytesTotal - bytesDone);
    let etaSeconds: number | null = null;
    if (left === 0) etaSeconds = 0;
    else if (elapsedSeconds >= 0.5 && transferred > 0) etaSeconds = Math.round(left / (transferred / elapsedSeconds));
    return { file, bytesDone, bytesTotal: this.bytesTotal, etaSeconds };
  }
}

/** Feeds download progress into a job, whose runner throttles it and works out the ETA it shows. */
export function feedJob(job: Pick<JobControl, 'progress'>, title: string): DownloadProgressListener {
  return (p) => job.progress(p.bytesDone, p.bytesTotal, `${title}: ${p.file}`);
}
