import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { chapterWordCount, type ImportedBook } from '../../shared/book';
import { StudioError } from '../../shared/errors';
import { saveAnalysis, type StoredAnalysis } from './analysis-store';
import { migrate } from './migrations';

export interface ProjectSource {
  name: string;
  bytes: Uint8Array;
}

/**
 * Writes a new project file from an imported book. The file is built under a temporary name in the
 * same folder and renamed into place only when complete, so a failure or a kill never leaves a
 * half-written project under the real name.
 */
export function createProjectFile(path: string, imported: ImportedBook, source: ProjectSource, analysis?: StoredAnalysis): void {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    mkdirSync(folder, { recursive: true });
    const db = new Database(temporary);
    try {
      // No WAL while building: the finished file must be a single self-contained file to rename.
      db.pragma('journal_mode = DELETE');
      db.pragma('foreign_keys = ON');
      migrate(db);
      db.transaction(() => {
        const chapterIds = fill(db, imported, source);
        if (analysis) saveAnalysis(db, chapterIds, withSources(imported, analysis));
      })();
    } finally {
      db.close();
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    rmSync(`${temporary}-journal`, { force: true });
    if (error instanceof StudioError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new StudioError('PROJECT_ERROR', `The project could not be saved at ${path}: ${reason}`);
  }
}

function fill(db: Database.Database, imported: ImportedBook, source: ProjectSource): number[] {
  const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  const { book } = imported;
  meta.run('title', book.title);
  meta.run('author', book.author);
  meta.run('language', book.language);
  meta.run('format', book.format);
  meta.run('warnings', JSON.stringify(imported.warnings));
  meta.run('created_at', new Date().toISOString());

  db.prepare('INSERT INTO source_file (id, name, format, sha256, bytes) VALUES (1, ?, ?, ?, ?)').run(
    source.name,
    book.format,
    createHash('sha256').update(source.bytes).digest('hex'),
    Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength),
  );

  const insertChapter = db.prepare(
    'INSERT INTO chapters (idx, title, kind, role, included, word_count) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertParagraph = db.prepare(
    'INSERT INTO paragraphs (chapter_id, idx, text, start, end, source, emphasis, scene_break) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return imported.chapters.map((chapter, index) => {
    const { lastInsertRowid } = insertChapter.run(
      index,
      chapter.title,
      chapter.kind,
      chapter.role ?? null,
      chapter.included ? 1 : 0,
      chapterWordCount(chapter),
    );
    chapter.paragraphs.forEach((p, i) => {
      insertParagraph.run(
        lastInsertRowid,
        i,
        p.text,
        p.start,
        p.end,
        p.source ?? null,
        p.emphasis && p.emphasis.length > 0 ? JSON.stringify(p.emphasis) : null,
        p.sceneBreakBefore ? 1 : 0,
      );
    });
    return Number(lastInsertRowid);
  });
}

/** Segments point into the same source part as their chapter's paragraphs (an EPUB file, a PDF page). */
function withSources(imported: ImportedBook, analysis: StoredAnalysis): StoredAnalysis {
  return {
    ...analysis,
    chapters: analysis.chapters.map((c, i) => ({ ...c, source: c.source ?? imported.chapters[i]?.paragraphs[0]?.source })),
  };
}
