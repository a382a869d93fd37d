import type { JobEvent } from '../../../../shared/progress';

export function jobIdOf(event: JobEvent): string {
  return event.type === 'progress' ? event.progress.jobId : event.jobId;
}

/**
 * Ended jobs whose id has not come back yet: the engine starts a job before its request answers,
 * and a short job can end before the answer arrives. Only the last few are kept.
 */
export function createEarlyEnds(limit = 20) {
  const ends = new Map<string, JobEvent>();
  return {
    keep(event: JobEvent): void {
      if (event.type === 'progress') return;
      ends.set(jobIdOf(event), event);
      if (ends.size > limit) ends.delete(ends.keys().next().value!);
    },
    take(jobId: string): JobEvent | null {
      const found = ends.get(jobId) ?? null;
      ends.delete(jobId);
      return found;
    },
    clear: (): void => ends.clear(),
  };
}
