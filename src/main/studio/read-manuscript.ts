import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ManuscriptSource } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import { LIMITS } from '../import/limits';

/** The bytes and display name of a manuscript, from a path or from bytes the UI sent. */
export async function readManuscript(source: ManuscriptSource): Promise<{ name: string; bytes: Uint8Array }> {
  if (source.kind === 'bytes') return { name: basename(source.name.replace(/\\/g, '/')), bytes: source.data };
  let size: number;
  try {
    const info = await stat(source.path);
    if (!info.isFile()) throw new StudioError('NOT_FOUND', `${source.path} is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof StudioError) throw error;
    throw new StudioError('NOT_FOUND', `The file ${source.path} could not be found or read.`);
  }
  if (size > LIMITS.maxInputBytes) {
    throw new StudioError('TOO_LARGE', `The file is ${Math.round(size / 1048576)} MB; Dramatis reads manuscripts up to ${LIMITS.maxInputBytes / 1048576} MB.`);
  }
  const buffer = await readFile(source.path);
  return { name: basename(source.path), bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
}
