import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const PROJECT_EXTENSION = '.dramatis';

/**
 * A safe file name for a project from a book title: no path separators, no leading dots, no
 * characters that some file systems refuse, so a hostile title can never point outside the folder.
 */
export function projectFileName(title: string): string {
  const cleaned = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .slice(0, 120)
    .trim();
  return `${cleaned || 'Untitled'}${PROJECT_EXTENSION}`;
}

/** The first free path `Title.dramatis`, `Title (2).dramatis`, ... in a folder. */
export function freeProjectPath(folder: string, title: string): string {
  const name = projectFileName(title);
  const stem = name.slice(0, -PROJECT_EXTENSION.length);
  let candidate = join(folder, name);
  for (let n = 2; existsSync(candidate); n++) candidate = join(folder, `${stem} (${n})${PROJECT_EXTENSION}`);
  return candidate;
}
