import { describe, expect, it } from 'vitest';
import type { JobEvent } from '../../../shared/progress';
import { JobRunner } from '../../jobs/job-runner';
import { feedJob, ProgressMeter } from './download-progress';

describe('ProgressMeter', () => {
  it('estimates the time left from this run’s rate, not from bytes resumed from disk', () => {
    let now = 0;
    const meter = new ProgressMeter(1000, () => now);
    expect(meter.measure('model.onnx', 400)).toEqual({ file: 'model.onnx', bytesDone: 400, bytesTotal: 1000, etaSeconds: null });
    now = 1000;
    // 100 bytes in one second since the meter started at 400: 500 left at 100 B/s.
    expect(meter.measure('model.onnx', 500).etaSeconds).toBe(5);
    now = 2000;
    expect(meter.measure('model.onnx', 1000).etaSeconds).toBe(0);
  });
});

describe('feedJob', () => {
  it('reports download bytes as a job’s progress', async () => {
    const events: JobEvent[] = [];
    const runner = new JobRunner((e) => events.push(e), 0);
    const { done } = runner.start('download', 'Installing Alba', async (job) => {
      const report = feedJob(job, 'Installing Alba');
      report({ file: 'model.onnx', bytesDone: 250, bytesTotal: 1000, etaSeconds: null });
      report({ file: 'model.onnx.json', bytesDone: 1000, bytesTotal: 1000, etaSeconds: 0 });
    });
    await done;
    const progress = events.flatMap((e) => (e.type === 'progress' ? [e.progress] : []));
    expect(progress.slice(1).map((p) => [p.kind, p.current, p.total, p.fraction, p.title])).toEqual([
      ['download', 250, 1000, 0.25, 'Installing Alba: model.onnx'],
      ['download', 1000, 1000, 1, 'Installing Alba: model.onnx.json'],
    ]);
  });
});
