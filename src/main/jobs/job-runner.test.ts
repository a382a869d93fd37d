import { describe, expect, it } from 'vitest';
import { StudioError } from '../../shared/errors';
import type { JobEvent } from '../../shared/progress';
import { JobRunner } from './job-runner';
import { estimateSecondsLeft } from './eta';

function collect(): { events: JobEvent[]; runner: (throttle?: number, now?: () => number) => JobRunner } {
  const events: JobEvent[] = [];
  return { events, runner: (throttle = 0, now) => new JobRunner((e) => events.push(e), throttle, now) };
}

describe('JobRunner', () => {
  it('reports progress with fraction, counts and title, then completes', async () => {
    const { events, runner } = collect();
    const job = runner().start('import', 'Reading book', async (c) => {
      c.progress(1, 4);
      c.progress(4, 4, 'Saving');
      return 'ok';
    });
    await expect(job.done).resolves.toBe('ok');
    const progress = events.flatMap((e) => (e.type === 'progress' ? [e.progress] : []));
    expect(progress.at(-1)).toMatchObject({ jobId: job.jobId, kind: 'import', fraction: 1, current: 4, total: 4, title: 'Saving' });
    expect(events.at(-1)).toEqual({ type: 'completed', jobId: job.jobId, kind: 'import' });
  });

  it('throttles progress but always delivers the last report', async () => {
    let t = 0;
    const { events, runner } = collect();
    const job = runner(100, () => t).start('import', 'x', async (c) => {
      for (let i = 1; i <= 1000; i++) {
        t += 1;
        c.progress(i, 1000);
      }
    });
    await job.done;
    const progress = events.flatMap((e) => (e.type === 'progress' ? [e.progress] : []));
    expect(progress.length).toBeLessThan(15);
    expect(progress.at(-1)?.current).toBe(1000);
  });

  it('cancels through the signal and reports cancelled', async () => {
    const { events, runner } = collect();
    const r = runner();
    const job = r.start('import', 'x', (c) => new Promise((_, reject) => c.signal.addEventListener('abort', () => reject(new Error('aborted')))));
    expect(r.cancel(job.jobId)).toBe(true);
    const error = await job.done.catch((e: unknown) => e);
    expect((error as StudioError).code).toBe('CANCELLED');
    expect(events.at(-1)).toMatchObject({ type: 'cancelled', jobId: job.jobId });
    expect(r.cancel(job.jobId)).toBe(false);
  });

  it('reports a refusal with its code, and a bug as INTERNAL', async () => {
    const { events, runner } = collect();
    const r = runner();
    await r.start('import', 'x', async () => { throw new StudioError('NO_TEXT', 'No text.'); }).done.catch(() => undefined);
    expect(events.at(-1)).toMatchObject({ type: 'failed', error: { code: 'NO_TEXT', message: 'No text.' } });
    await r.start('import', 'x', async () => { throw new TypeError('boom'); }).done.catch(() => undefined);
    expect(events.at(-1)).toMatchObject({ type: 'failed', error: { code: 'INTERNAL' } });
    expect(r.activeCount).toBe(0);
  });
});

describe('estimateSecondsLeft', () => {
  it('waits for enough evidence, then extrapolates the rate', () => {
    expect(estimateSecondsLeft(0.01, 10_000)).toBeNull();
    expect(estimateSecondsLeft(0.5, 100)).toBeNull();
    expect(estimateSecondsLeft(0.25, 10_000)).toBe(30);
    expect(estimateSecondsLeft(1, 10_000)).toBe(0);
  });
});
