import { expect } from 'vitest';
import { StudioError } from '../../../shared/errors';

/** Expects a StudioError with this code and a message a person can act on. */
export function expectStudioError(run: () => unknown, code: string, message: RegExp): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(StudioError);
  expect((thrown as StudioError).code).toBe(code);
  expect((thrown as StudioError).message).toMatch(message);
}
