import type { ManuscriptSource } from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';

/** The contract's upload limit; checked here too so a huge file is refused before the tab reads it. */
export const MAX_MANUSCRIPT_BYTES = 300 * 1024 * 1024;

/** A file the user chose or dropped, as bytes for the engine. */
export async function manuscriptFromFile(file: File): Promise<ManuscriptSource> {
  if (file.size > MAX_MANUSCRIPT_BYTES) {
    throw new StudioError('TOO_LARGE', `${file.name} is larger than 300 MB, too large to open in the browser.`);
  }
  const data = new Uint8Array(await file.arrayBuffer());
  return { kind: 'bytes', name: file.name || 'manuscript', data };
}
