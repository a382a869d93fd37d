import type Database from 'better-sqlite3';
import { StudioError } from '../../shared/errors';
import type { ChapterScript } from '../../shared/script-editing';
import { chapterRecords, narratorId, toScriptSegment } from './segment-records';
import { statement } from './statements';

export function chapterScript(db: Database.Database, chapterId: number, narrator = narratorId(db)): ChapterScript {
  const chapter = statement(db, 'SELECT id, title FROM chapters WHERE id = ?').get(chapterId) as { id: number; title: string } | undefined;
  if (!chapter) throw new StudioError('NOT_FOUND', `There is no chapter ${chapterId} in this project.`);
  return { chapterId, title: chapter.title, segments: chapterRecords(db, chapterId).map((r) => toScriptSegment(r, narrator)) };
}

/** The chapters read aloud, in book order. */
export function includedChapterIds(db: Database.Database): number[] {
  return (statement(db, 'SELECT id FROM chapters WHERE included = 1 ORDER BY idx').all() as Array<{ id: number }>).map((r) => r.id);
}

export function bookScript(db: Database.Database): ChapterScript[] {
  const narrator = narratorId(db);
  return includedChapterIds(db).map((id) => chapterScript(db, id, narrator));
}

/** Chapters in book order, for returning the chapters an edit touched. */
export function chapterScripts(db: Database.Database, chapterIds: Iterable<number>): ChapterScript[] {
  const wanted = new Set(chapterIds);
  if (wanted.size === 0) return [];
  const narrator = narratorId(db);
  const ordered = (statement(db, 'SELECT id FROM chapters ORDER BY idx').all() as Array<{ id: number }>).map((r) => r.id);
  return ordered.filter((id) => wanted.has(id)).map((id) => chapterScript(db, id, narrator));
}
