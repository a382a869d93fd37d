import { retry } from '../jobs/retry';
import type { PauseGate } from './pause-gate';

export interface WorkQueueOptions<I, R> {
  /** Items under way at once: the worker pool's size, so every worker has one and none waits long. */
  concurrency: number;
  gate: PauseGate;
  signal: AbortSignal;
  /** Tries per item before it counts as failed. */
  attempts: number;
  retryDelayMs?: number;
  work(item: I, signal: AbortSignal): Promise<R>;
  done(item: I, result: R): void;
  failed(item: I, error: unknown): void;
}

/**
 * Runs items with bounded concurrency, in order of the list. Each item is tried a few times (a worker
 * that died, a file that was busy); one that still fails is handed to `failed` and the rest carry on.
 * A pause stops items from starting; cancelling rejects with the signal's reason.
 */
export async function runWorkQueue<I, R>(items: readonly I[], options: WorkQueueOptions<I, R>): Promise<void> {
  const { signal, gate } = options;
  let next = 0;
  let broken = false;
  const lane = async (): Promise<void> => {
    for (;;) {
      await gate.wait(signal);
      if (broken) return;
      const index = next++;
      if (index >= items.length) return;
      const item = items[index]!;
      let result: R;
      try {
        result = await retry(() => options.work(item, signal), {
          attempts: options.attempts,
          isTransient: () => !signal.aborted,
          delayMs: options.retryDelayMs,
          signal,
        });
      } catch (error) {
        signal.throwIfAborted();
        options.failed(item, error);
        continue;
      }
      signal.throwIfAborted();
      options.done(item, result);
    }
  };
  // A lane that breaks (a cancel, a bug in `done`) stops the others from starting more.
  const guarded = (): Promise<void> =>
    lane().catch((error: unknown) => {
      broken = true;
      throw error;
    });
  const lanes = Array.from({ length: Math.max(1, Math.min(options.concurrency, items.length)) }, guarded);
  const settled = await Promise.allSettled(lanes);
  const rejected = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (rejected) throw rejected.reason;
}
