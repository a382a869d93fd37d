import type Database from 'better-sqlite3';
import type { BookMeta } from '../../shared/book';
import type { ChapterRenderState, RenderJobState, RenderState } from '../../shared/requests/render-requests';
import { DEFAULT_PAUSES } from '../../shared/render';
import { AudioCache } from '../voices/segment-audio/audio-cache';
import type { SegmentAudio } from '../voices/segment-audio/segment-audio';
import { defaultMetadata, sourceDetails } from './book-metadata';
import { prepareItems } from './prepare-items';
import { readRenderChapters } from './render-chapters';
import { RenderStateStore } from './render-state-store';

export interface StateViewInputs {
  db: Database.Database;
  book: BookMeta;
  cacheDir: string;
  segmentAudio: SegmentAudio;
  defaultOutDir: string;
  job: RenderJobState | null;
}

/**
 * What is rendered and what is stale, chapter by chapter: every item's speech is prepared as a
 * render would prepare it, and its key compared with the key of its last rendered audio (which must
 * still be in the cache). A chapter counts as exported when its files were written after its last
 * line was rendered and nothing in it is stale.
 */
export function renderStateView(inputs: StateViewInputs): RenderState {
  const { db } = inputs;
  const all = (db.prepare('SELECT id FROM chapters ORDER BY idx').all() as Array<{ id: number }>).map((r) => r.id);
  const chapters = readRenderChapters(db, all);
  const prepared = prepareItems(db, chapters, inputs.book, inputs.segmentAudio);
  const store = new RenderStateStore(db);
  const known = store.renderedAudio();
  const cache = new AudioCache(inputs.cacheDir);
  const exported = exportedChapters(db);

  const counts = new Map<number, { rendered: number; stale: number }>();
  for (const { item, prepared: speech } of prepared.items) {
    const stored = item.ref.kind === 'segment' ? known.segments.get(item.ref.segmentId) : item.ref.kind === 'title' ? known.titles.get(item.ref.chapterId) : undefined;
    const entry = counts.get(item.chapterId) ?? { rendered: 0, stale: 0 };
    if (stored && stored.key === speech.key && cache.has(stored.key)) entry.rendered++;
    else if (stored) entry.stale++;
    counts.set(item.chapterId, entry);
  }
  const views: ChapterRenderState[] = chapters.map((chapter) => {
    const { rendered, stale } = counts.get(chapter.id) ?? { rendered: 0, stale: 0 };
    const segments = chapter.items.length;
    return { chapterId: chapter.id, title: chapter.title, included: chapter.included, segments, rendered, stale, exported: segments > 0 && rendered === segments && exported.has(chapter.id) };
  });
  const last = store.lastRun();
  const details = sourceDetails(db, inputs.book);
  return {
    chapters: views,
    job: inputs.job,
    last: last?.summary ?? null,
    preflight: last?.report ?? null,
    defaultOutDir: inputs.defaultOutDir,
    metadata: defaultMetadata(inputs.book, details, prepared.engines),
    canExportEpub: inputs.book.format === 'epub',
    pauses: DEFAULT_PAUSES,
    engines: prepared.engines,
  };
}

/** Chapters with a file exported after the last time any of their lines was rendered. */
function exportedChapters(db: Database.Database): Set<number> {
  const rows = db
    .prepare(
      `SELECT e.chapter_id AS id FROM render_exports e
       GROUP BY e.chapter_id
       HAVING e.chapter_id IS NOT NULL AND max(e.at) >= coalesce(
         (SELECT max(r.at) FROM render_segments r JOIN segments s ON s.id = r.segment_id WHERE s.chapter_id = e.chapter_id), '')`,
    )
    .all() as Array<{ id: number }>;
  return new Set(rows.map((r) => r.id));
}
