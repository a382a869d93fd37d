import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/errors';
import { createActionRunner } from './run-action';
import type { ShownError } from './shown-error';

describe('createActionRunner', () => {
  it('clears the last error, answers the work and turns a refusal into the store error', async () => {
    const patches: Array<{ error: ShownError | null }> = [];
    const run = createActionRunner((patch) => patches.push(patch));
    await expect(run(() => Promise.resolve(7))).resolves.toBe(7);
    await expect(run(() => Promise.reject(new StudioError('NOT_FOUND', 'No such character.')))).resolves.toBeNull();
    expect(patches).toEqual([{ error: null }, { error: null }, { error: { code: 'NOT_FOUND', message: 'No such character.' } }]);
  });

  it('clears what the store says it must before each action', async () => {
    const cleared: string[] = [];
    const run = createActionRunner(
      () => undefined,
      () => cleared.push('error and notice'),
    );
    await run(() => Promise.resolve(null));
    expect(cleared).toEqual(['error and notice']);
  });
});
