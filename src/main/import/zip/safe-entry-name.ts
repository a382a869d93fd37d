/**
 * Whether a zip entry name is a plain relative path. Names that climb out (`..`), start at a root,
 * use backslashes or a drive letter are how zip-slip attacks reach outside a folder; we never write
 * entries to disk, but such names are also never legitimate parts of an EPUB or DOCX, so they are
 * left out of the archive's index altogether.
 */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.includes('\0') || name.includes('\\')) return false;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return false;
  return !name.split('/').some((segment) => segment === '..');
}
