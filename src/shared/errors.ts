/**
 * Stable error codes. A refused input is reported as `{ code, message }`: the code is for programs
 * (and never changes meaning), the message is a sentence for the person who chose the file.
 */
export const ERROR_CODES = [
  'EMPTY_FILE',
  'UNSUPPORTED_FORMAT',
  'CORRUPT_FILE',
  'PASSWORD_PROTECTED',
  'DRM_PROTECTED',
  'NO_TEXT_LAYER',
  'TOO_LARGE',
  'NO_TEXT',
  'NOT_FOUND',
  'INVALID_REQUEST',
  'PROJECT_ERROR',
  'CANCELLED',
  'FFMPEG_MISSING',
  'RENDER_FAILED',
  'DOWNLOAD_FAILED',
  'HASH_MISMATCH',
  'UNVERIFIED_DOWNLOAD',
  'INTERNAL',
  'INVALID_LEXICON',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

/** An error the user caused or can act on; anything else thrown is a bug. */
export class StudioError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'StudioError';
    this.code = code;
  }

  toInfo(): ErrorInfo {
    return { code: this.code, message: this.message };
  }
}

export function isStudioError(value: unknown): value is StudioError {
  return value instanceof StudioError;
}

export function isErrorInfo(value: unknown): value is ErrorInfo {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.message === 'string' && (ERROR_CODES as readonly string[]).includes(v.code);
}
