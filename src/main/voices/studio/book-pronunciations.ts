import type Database from 'better-sqlite3';
import { StudioError } from '../../../shared/errors';
import type { FixedPhonemes } from '../../speech/normalise';
import { locateOverrides, readEpubPronunciations, type EpubPronunciations } from '../../speech/epub-pronunciations';

const read = new WeakMap<Database.Database, EpubPronunciations | null>();

/**
 * The PLS lexicons and `ssml:ph` pronunciations of the project's EPUB, read once per open project;
 * null for a book that is not an EPUB.
 */
export function bookPronunciations(db: Database.Database): EpubPronunciations | null {
  if (read.has(db)) return read.get(db)!;
  const row = db.prepare('SELECT format, bytes FROM source_file WHERE id = 1').get() as { format: string; bytes: Buffer } | undefined;
  const found = row?.format === 'epub' ? readEpubPronunciations(new Uint8Array(row.bytes)) : null;
  read.set(db, found);
  return found;
}

export function requireBookPronunciations(db: Database.Database): EpubPronunciations {
  const found = bookPronunciations(db);
  if (!found) throw new StudioError('INVALID_REQUEST', 'Only an EPUB carries pronunciations (PLS lexicons and SSML phonemes); this book was not imported from one.');
  return found;
}

/** The book's own phonemes inside one line, where the EPUB gives them (`ssml:ph`). */
export function linePhonemes(db: Database.Database, text: string, span: { source: string | null; start: number; end: number }): FixedPhonemes[] {
  const book = bookPronunciations(db);
  return book && book.overrides.length > 0 ? locateOverrides(text, span, book.overrides) : [];
}
