export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

export const animationFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export interface FrameBatcher<T> {
  /** Keeps `value` as the latest; it is applied on the next frame, replacing any older one. */
  push(value: T): void;
  /** Drops a value not yet applied. */
  discard(): void;
}

/**
 * Applies a stream of values (job progress at up to 10 Hz, or more) at most once per animation frame,
 * and only the latest: the screen cannot show more, and every extra state update is wasted rendering.
 */
export function createFrameBatcher<T>(apply: (value: T) => void, frames: FrameScheduler = animationFrames): FrameBatcher<T> {
  let latest: { value: T } | null = null;
  let handle: number | null = null;
  return {
    push(value) {
      latest = { value };
      if (handle !== null) return;
      handle = frames.request(() => {
        handle = null;
        const next = latest;
        latest = null;
        if (next) apply(next.value);
      });
    },
    discard() {
      latest = null;
      if (handle !== null) frames.cancel(handle);
      handle = null;
    },
  };
}
