import type Database from 'better-sqlite3';
import type { BookMeta } from '../../shared/book';
import type { RenderMetadataInput, RenderState } from '../../shared/requests/render-requests';
import type { EngineId } from '../../shared/voices';
import type { BookMetadata } from '../render/render-plan';
import { readEpubBookDetails, type EpubBookDetails } from './epub-book-details';

const ENGINE_NAMES: Record<EngineId, string> = { espeak: 'eSpeak NG', kokoro: 'Kokoro', piper: 'Piper' };

/** "Dramatis (synthetic voices: eSpeak NG, Kokoro)": the narrator credit when the author gives none. */
export function syntheticNarrator(engines: readonly EngineId[]): string {
  const names = [...new Set(engines)].sort().map((e) => ENGINE_NAMES[e]);
  return `Dramatis (synthetic voices: ${names.length > 0 ? names.join(', ') : ENGINE_NAMES.espeak})`;
}

/** The year, description, genre and cover the EPUB carries; nothing for other formats. */
export function sourceDetails(db: Database.Database, book: BookMeta): EpubBookDetails {
  if (book.format !== 'epub') return {};
  const row = db.prepare('SELECT bytes FROM source_file WHERE id = 1').get() as { bytes: Buffer } | undefined;
  return row ? readEpubBookDetails(new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength)) : {};
}

/** What the files say by default: the book's own metadata, and the narrator credit for its voices. */
export function defaultMetadata(book: BookMeta, details: EpubBookDetails, engines: readonly EngineId[]): RenderState['metadata'] {
  return {
    title: book.title.trim() || 'Untitled',
    author: book.author.trim(),
    narrator: syntheticNarrator(engines),
    year: details.year ?? '',
    description: details.description ?? '',
    genre: details.genre ?? '',
  };
}

/** The author's choices over the defaults; the cover comes from the book, or is generated when it has none. */
export function bookMetadata(defaults: RenderState['metadata'], chosen: RenderMetadataInput, details: EpubBookDetails): BookMetadata {
  const pick = (key: keyof RenderMetadataInput): string => (chosen[key] ?? defaults[key]).trim();
  const optional = (value: string): string | undefined => (value === '' ? undefined : value);
  return {
    title: pick('title') || defaults.title,
    author: pick('author'),
    narrator: pick('narrator') || defaults.narrator,
    year: optional(pick('year')),
    description: optional(pick('description')),
    genre: optional(pick('genre')),
    cover: details.cover ?? null,
  };
}
