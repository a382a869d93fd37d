import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/errors';
import { createSessionLoader, type LoadStatus } from './session-loader';
import type { ShownError } from './shown-error';

function store(status: LoadStatus) {
  const state: { status: LoadStatus; error?: ShownError; shown?: string } = { status };
  const statuses: LoadStatus[] = [];
  const set = (patch: { status?: LoadStatus; error?: ShownError; shown?: string }): void => {
    if (patch.status) statuses.push(patch.status);
    Object.assign(state, patch);
  };
  return { state, statuses, loader: createSessionLoader({ get: () => state, set }), set };
}

describe('createSessionLoader', () => {
  it('shows loading the first time only, then the answer', async () => {
    const s = store('idle');
    await s.loader.load(() => Promise.resolve('cast'), (shown) => s.set({ shown, status: 'ready' }), () => 'idle');
    expect(s.statuses).toEqual(['loading', 'ready']);
    expect(s.state.shown).toBe('cast');
    await s.loader.load(() => Promise.resolve('cast again'), (shown) => s.set({ shown, status: 'ready' }), () => 'idle');
    expect(s.statuses).toEqual(['loading', 'ready', 'ready']);
    expect(s.state.shown).toBe('cast again');
  });

  it('drops an answer or a failure that comes after a reset', async () => {
    const s = store('idle');
    let answer: (value: string) => void = () => undefined;
    const pending = s.loader.load(() => new Promise<string>((resolve) => (answer = resolve)), (shown) => s.set({ shown, status: 'ready' }), () => 'idle');
    const before = s.loader.current();
    s.loader.reset();
    expect(s.loader.isCurrent(before)).toBe(false);
    answer('the last project');
    await pending;
    expect(s.state.shown).toBeUndefined();
    const failing = s.loader.load(() => Promise.reject(new StudioError('NOT_FOUND', 'x')), () => undefined, () => 'idle');
    s.loader.reset();
    await failing;
    expect(s.state.error).toBeUndefined();
  });

  it('shows a failure with the status the store chooses', async () => {
    const s = store('ready');
    await s.loader.load(() => Promise.reject(new StudioError('NOT_FOUND', 'No project is open.')), () => undefined, () => 'ready');
    expect(s.state).toMatchObject({ status: 'ready', error: { code: 'NOT_FOUND', message: 'No project is open.' } });
  });
});
