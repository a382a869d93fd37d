import { isStudioError } from '../../../shared/errors';

/** An error as the UI shows it: a sentence for the person, and a code in small print. */
export interface ShownError {
  code: string;
  message: string;
}

export function toShownError(error: unknown): ShownError {
  if (isStudioError(error)) return { code: error.code, message: error.message };
  console.error('[dramatis]', error);
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return { code: 'INTERNAL', message: `Something went wrong inside Dramatis${detail}.` };
}
