import { describe, expect, it } from 'vitest';
import { createFrameBatcher, type FrameScheduler } from './frame-batcher';

function manualFrames(): FrameScheduler & { tick(): void; pending(): number } {
  let next = 1;
  const callbacks = new Map<number, () => void>();
  return {
    request(callback) {
      callbacks.set(next, callback);
      return next++;
    },
    cancel(handle) {
      callbacks.delete(handle);
    },
    tick() {
      const due = [...callbacks.values()];
      callbacks.clear();
      for (const callback of due) callback();
    },
    pending: () => callbacks.size,
  };
}

describe('createFrameBatcher', () => {
  it('applies only the latest value once per frame', () => {
    const frames = manualFrames();
    const applied: number[] = [];
    const batcher = createFrameBatcher<number>((v) => applied.push(v), frames);
    for (let i = 1; i <= 10; i++) batcher.push(i);
    expect(frames.pending()).toBe(1);
    expect(applied).toEqual([]);
    frames.tick();
    expect(applied).toEqual([10]);
    batcher.push(11);
    frames.tick();
    frames.tick();
    expect(applied).toEqual([10, 11]);
  });

  it('drops a discarded value and schedules again afterwards', () => {
    const frames = manualFrames();
    const applied: string[] = [];
    const batcher = createFrameBatcher<string>((v) => applied.push(v), frames);
    batcher.push('a');
    batcher.discard();
    expect(frames.pending()).toBe(0);
    frames.tick();
    expect(applied).toEqual([]);
    batcher.push('b');
    frames.tick();
    expect(applied).toEqual(['b']);
  });
});
