import { isStudioError } from '../../../shared/errors';
import { readZipIndex } from './zip-index';

/**
 * The names in a zip archive's central directory, for telling EPUB from DOCX; null when the bytes
 * are not a readable zip. Nothing is inflated. An archive with too many entries is still refused
 * with its own code rather than passed off as damaged.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  try {
    return readZipIndex(bytes).entries.map((e) => e.name);
  } catch (error) {
    if (isStudioError(error) && error.code === 'CORRUPT_FILE') return null;
    throw error;
  }
}
