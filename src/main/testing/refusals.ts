import { expect } from 'vitest';
import { StudioError } from '../../shared/errors';

/** The code of the StudioError a call refuses with, or 'accepted'; any other error is a test failure. */
export function refusalCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof StudioError) return error.code;
    throw error;
  }
  return 'accepted';
}

/** The error a promise rejects with, checked to be a StudioError. */
export async function rejectionOf(promise: Promise<unknown>): Promise<StudioError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StudioError);
  return error as StudioError;
}
