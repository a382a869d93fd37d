import { afterEach, describe, expect, it, vi } from 'vitest';
import { StudioError } from '../../../shared/errors';
import { createFakeStudio } from '../testing/fake-studio';
import { cancelFollowedJob, jobIdOf, jobKindOf } from './job-events';
import type { ShownError } from './shown-error';

function store(phase: string) {
  const state: { phase: string; error?: ShownError } = { phase };
  const patches: unknown[] = [];
  return {
    state,
    patches,
    get: () => state,
    set: (patch: { phase: string; error?: ShownError }) => {
      patches.push(patch);
      Object.assign(state, patch);
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('cancelFollowedJob', () => {
  it('shows cancelling while the engine cancels the job', async () => {
    const fake = createFakeStudio({ 'job.cancel': () => ({ cancelled: true }) });
    vi.stubGlobal('window', { studio: fake });
    const s = store('running');
    await cancelFollowedJob('j1', s.get, s.set);
    expect(fake.calls).toEqual([{ name: 'job.cancel', input: { jobId: 'j1' } }]);
    expect(s.patches).toEqual([{ phase: 'cancelling' }]);
  });

  it('goes back to running with the reason when the cancel is refused', async () => {
    vi.stubGlobal('window', { studio: createFakeStudio({ 'job.cancel': () => Promise.reject(new StudioError('NOT_FOUND', 'No such job.')) }) });
    const s = store('running');
    await cancelFollowedJob('j1', s.get, s.set);
    expect(s.state).toEqual({ phase: 'running', error: { code: 'NOT_FOUND', message: 'No such job.' } });
  });

  it('goes back to paused when a paused job refuses to cancel', async () => {
    vi.stubGlobal('window', { studio: createFakeStudio({ 'job.cancel': () => Promise.reject(new StudioError('NOT_FOUND', 'No such job.')) }) });
    const s = store('paused');
    await cancelFollowedJob('j1', s.get, s.set);
    expect(s.state).toEqual({ phase: 'paused', error: { code: 'NOT_FOUND', message: 'No such job.' } });
  });

  it('leaves a job that ended meanwhile ended', async () => {
    const s = store('running');
    vi.stubGlobal('window', {
      studio: createFakeStudio({
        'job.cancel': () => {
          s.state.phase = 'idle';
          throw new StudioError('NOT_FOUND', 'No such job.');
        },
      }),
    });
    await cancelFollowedJob('j1', s.get, s.set);
    expect(s.state).toEqual({ phase: 'idle' });
  });
});

describe('jobIdOf and jobKindOf', () => {
  it('read a progress event and an ending alike', () => {
    const progress = { type: 'progress', progress: { jobId: 'j2', kind: 'render', fraction: 0, current: 0, total: 1, etaSeconds: null, title: '' } } as const;
    expect([jobIdOf(progress), jobKindOf(progress)]).toEqual(['j2', 'render']);
    expect([jobIdOf({ type: 'cancelled', jobId: 'j3', kind: 'import' }), jobKindOf({ type: 'cancelled', jobId: 'j3', kind: 'import' })]).toEqual(['j3', 'import']);
  });
});
