import type Database from 'better-sqlite3';
import type { BookMeta } from '../../../shared/book';
import type { SegmentAudio } from '../../voices/segment-audio/segment-audio';
import { bookMetadata, defaultMetadata, sourceDetails } from '../book-metadata';
import { creditItems } from '../credit-items';
import { prepareItems } from '../prepare-items';
import { readRenderChapters } from '../render-chapters';
import { listCacheFiles, removeFiles, type Freed } from './cache-files';

/** A line heard in the last minutes stays: it may be the audition of a line being edited right now. */
export const RECENT_AUDIO_MS = 10 * 60 * 1000;

const LINE_FILE = /^([0-9a-f]{64})\.(wav|json)$/;

export interface SegmentPruneInputs {
  db: Database.Database;
  book: BookMeta;
  cacheDir: string;
  segmentAudio: SegmentAudio;
}

/**
 * Removes the audio of lines no line of the project can use any more: every title and segment of
 * every chapter (included or not) and the credits (with the book's own details) are prepared as a render
 * prepares them, and a cached line whose key none of them has, and that was not written in the last
 * minutes, goes with its timings.
 */
export function pruneSegments(inputs: SegmentPruneInputs, now = Date.now()): Freed {
  const { db, book } = inputs;
  const all = (db.prepare('SELECT id FROM chapters ORDER BY idx').all() as Array<{ id: number }>).map((r) => r.id);
  const prepared = prepareItems(db, readRenderChapters(db, all), book, inputs.segmentAudio);
  const details = sourceDetails(db, book);
  const metadata = bookMetadata(defaultMetadata(book, details, prepared.engines), {}, details);
  const credits = creditItems(metadata, prepared.voices.narratorVoice, book.language, prepared.lexicon, inputs.segmentAudio);
  const keys = new Set([...prepared.items, ...credits.opening, ...credits.closing].map((i) => i.prepared.key));
  const unused = listCacheFiles(inputs.cacheDir).filter((f) => {
    const match = LINE_FILE.exec(f.name.slice(3));
    return match !== null && !keys.has(match[1]!) && now - f.mtimeMs > RECENT_AUDIO_MS;
  });
  return removeFiles(unused);
}
