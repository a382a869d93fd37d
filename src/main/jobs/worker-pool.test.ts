import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../shared/errors';
import { WorkerFailure, WorkerPool } from './worker-pool';

const fixture = fileURLToPath(new URL('./testing/fixture-worker.ts', import.meta.url));
let pool: WorkerPool;

afterEach(async () => {
  await pool?.close();
});

describe('WorkerPool', () => {
  it('runs tasks in worker threads and returns their results', async () => {
    pool = new WorkerPool({ file: fixture, size: 2 });
    await expect(pool.run('echo', { a: [1, 2] })).resolves.toEqual({ a: [1, 2] });
    const id = await pool.run<number>('threadId', null);
    expect(id).toBeGreaterThan(0);
  });

  it('transfers byte buffers', async () => {
    pool = new WorkerPool({ file: fixture, size: 1 });
    const bytes = new Uint8Array([1, 2, 3, 250]);
    await expect(pool.run('sum', bytes, { transfer: [bytes.buffer] })).resolves.toBe(256);
    expect(bytes.byteLength).toBe(0);
  });

  it('spreads concurrent tasks over its workers and never exceeds its size', async () => {
    pool = new WorkerPool({ file: fixture, size: 2 });
    const ids = await Promise.all([1, 2, 3, 4].map(() => pool.run<number>('sleep', 150)));
    expect(new Set(ids).size).toBe(2);
    expect(pool.workerCount).toBeLessThanOrEqual(2);
  });

  it('keeps a StudioError a StudioError across the thread boundary', async () => {
    pool = new WorkerPool({ file: fixture, size: 1 });
    const error = await pool.run('refuse', null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StudioError);
    expect((error as StudioError).code).toBe('CORRUPT_FILE');
  });

  it('replaces a worker that crashed and keeps serving', async () => {
    pool = new WorkerPool({ file: fixture, size: 1 });
    await expect(pool.run('crash', null)).rejects.toBeInstanceOf(WorkerFailure);
    await expect(pool.run('echo', 7)).resolves.toBe(7);
  });

  it('abandons a task past its timeout and replaces the worker', async () => {
    // The clock runs from the moment a task is handed over, so the replacement worker's start (tsx
    // compiling the fixture, on a busy machine) must fit in it too.
    pool = new WorkerPool({ file: fixture, size: 1, taskTimeoutMs: 2_000 });
    await expect(pool.run('hang', null)).rejects.toThrow(/timed out/);
    await expect(pool.run('echo', 'after')).resolves.toBe('after');
  });

  it('cancels a running task through its AbortSignal', async () => {
    pool = new WorkerPool({ file: fixture, size: 1 });
    const controller = new AbortController();
    const running = pool.run('hang', null, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 100);
    await expect(running).rejects.toThrow('stop');
    await expect(pool.run('echo', 1)).resolves.toBe(1);
  });

  it('stops idle workers after the idle timeout', async () => {
    pool = new WorkerPool({ file: fixture, size: 2, idleTimeoutMs: 100 });
    await pool.run('echo', 1);
    expect(pool.workerCount).toBe(1);
    await new Promise((r) => setTimeout(r, 400));
    expect(pool.workerCount).toBe(0);
  });
});
