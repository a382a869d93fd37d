import { isAbsolute, relative, resolve, sep } from 'node:path';
import { StudioError } from '../../../shared/errors';

/**
 * Joins `parts` under `root` and refuses any result that is not strictly inside it, so no name from a
 * catalogue or a server can make the installer write elsewhere.
 */
export function pathInside(root: string, ...parts: string[]): string {
  const base = resolve(root);
  for (const part of parts) {
    if (!part || isAbsolute(part) || part.split(/[\\/]/).some((piece) => piece === '..' || piece === '')) {
      throw new StudioError('INVALID_REQUEST', `"${part}" is not a file name the voice library can use.`);
    }
  }
  const target = resolve(base, ...parts);
  const rel = relative(base, target);
  if (!rel || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) {
    throw new StudioError('INVALID_REQUEST', `"${parts.join('/')}" would be outside the models folder.`);
  }
  return target;
}
