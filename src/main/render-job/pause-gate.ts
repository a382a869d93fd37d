/**
 * Holds a job where it is: while paused, `wait` does not return, so no new work starts; work under
 * way finishes. Cancelling (the signal) releases every waiter with the signal's reason.
 */
export class PauseGate {
  private waiting: { promise: Promise<void>; release: () => void } | null = null;

  get paused(): boolean {
    return this.waiting !== null;
  }

  pause(): boolean {
    if (this.waiting) return false;
    let release = (): void => undefined;
    const promise = new Promise<void>((resolve) => (release = resolve));
    this.waiting = { promise, release };
    return true;
  }

  resume(): boolean {
    const waiting = this.waiting;
    if (!waiting) return false;
    this.waiting = null;
    waiting.release();
    return true;
  }

  /** Returns at once unless paused; then when resumed, or rejects when the signal aborts. */
  async wait(signal: AbortSignal): Promise<void> {
    while (this.waiting) {
      signal.throwIfAborted();
      const { promise } = this.waiting;
      await new Promise<void>((resolve, reject) => {
        const onAbort = (): void => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
        signal.addEventListener('abort', onAbort, { once: true });
        void promise.then(() => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        });
      });
    }
    signal.throwIfAborted();
  }
}
