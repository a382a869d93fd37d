/** The one progress shape for every long job. */
export const JOB_KINDS = ['import', 'analyze', 'synthesize', 'render', 'export', 'download'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export interface JobProgress {
  jobId: string;
  kind: JobKind;
  /** 0..1 */
  fraction: number;
  current: number;
  total: number;
  /** Seconds left, or null while there is too little to estimate from. */
  etaSeconds: number | null;
  title: string;
}

export type JobEvent =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'completed'; jobId: string; kind: JobKind }
  | { type: 'failed'; jobId: string; kind: JobKind; error: { code: string; message: string } }
  | { type: 'cancelled'; jobId: string; kind: JobKind };
