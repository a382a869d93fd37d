import type Database from 'better-sqlite3';
import { StudioError } from '../../shared/errors';
import type { SourceDocument } from '../../shared/script-editing';

/** The manuscript as it was imported, byte for byte, for the source view. */
export function sourceDocument(db: Database.Database): SourceDocument {
  const row = db.prepare('SELECT name, format, bytes FROM source_file WHERE id = 1').get() as { name: string; format: string; bytes: Buffer } | undefined;
  if (!row) throw new StudioError('NOT_FOUND', 'This project does not hold its original manuscript.');
  // A plain Uint8Array: a Buffer would cross the HTTP transport as Buffer's own JSON, not as bytes.
  return { name: row.name, format: row.format, bytes: new Uint8Array(row.bytes) };
}
