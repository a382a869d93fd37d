import { isAbsolute } from 'node:path';

/** Longer than any path a file system accepts (Linux's PATH_MAX); a longer payload is no path. */
export const MAX_FOLDER_PATH_LENGTH = 4096;

/**
 * Where the folder dialog opens, from the page's payload: the folder it names when that is an absolute
 * path, `fallback` when it names none (''), or is relative, which would resolve against the app's own
 * working folder. A payload that cannot be a path (not a string, too long, a NUL) gives null: the
 * dialog is not shown.
 */
export function folderDialogStart(payload: unknown, fallback: string): string | null {
  if (typeof payload !== 'string' || payload.length > MAX_FOLDER_PATH_LENGTH || payload.includes('\0')) return null;
  const path = payload.trim();
  return path !== '' && isAbsolute(path) ? path : fallback;
}
