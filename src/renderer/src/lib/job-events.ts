import type { JobEvent } from '../../../shared/progress';
import { studio } from '../platform/studio';
import { toShownError, type ShownError } from './shown-error';

export function jobIdOf(event: JobEvent): string {
  return event.type === 'progress' ? event.progress.jobId : event.jobId;
}

/** The job's kind (`import`, `render`, `download` ...): each store follows the jobs of one kind. */
export function jobKindOf(event: JobEvent): string {
  return event.type === 'progress' ? event.progress.kind : event.kind;
}

/**
 * Asks the engine to cancel the job a store follows. The store shows `cancelling` until the job's
 * `cancelled` event ends it; a refused cancel puts it back in the phase it was in (running or
 * paused) with the reason, unless the job ended meanwhile.
 */
export async function cancelFollowedJob<Phase extends string>(
  jobId: string,
  get: () => { phase: Phase | 'cancelling' },
  set: (patch: { phase: Phase | 'cancelling'; error?: ShownError }) => void,
): Promise<void> {
  const before = get().phase;
  set({ phase: 'cancelling' });
  try {
    await studio().request('job.cancel', { jobId });
  } catch (error) {
    if (get().phase === 'cancelling') set({ phase: before, error: toShownError(error) });
  }
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
