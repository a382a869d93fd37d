import { vi } from 'vitest';
import type { JobEvent, JobKind } from '../../../shared/progress';

/** A `progress` event of a job at `current` of `total`. */
export function progressEvent(kind: JobKind, jobId: string, current: number, total: number, title: string, etaSeconds = 3): JobEvent {
  return { type: 'progress', progress: { jobId, kind, fraction: current / total, current, total, etaSeconds, title } };
}

/**
 * Replaces the page's animation frames with frames the test runs by hand, so what a store applies
 * once a frame can be checked frame by frame. Returns the way to run the next frame; undone by
 * `vi.unstubAllGlobals()`.
 */
export function manualAnimationFrames(): () => void {
  let frames: (() => void)[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => {
    frames = [];
  });
  return () => {
    const due = frames;
    frames = [];
    for (const callback of due) callback();
  };
}
