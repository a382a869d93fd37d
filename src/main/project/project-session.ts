import type Database from 'better-sqlite3';
import { SOURCE_FORMATS, type BookMeta, type ChapterKind, type Emphasis, type MatterRole, type SourceFormat } from '../../shared/book';
import { StudioError } from '../../shared/errors';
import type { ChapterDetail, ChapterSummary, ParagraphView, ProjectSummary } from '../../shared/project';
import { prepareScript } from '../script/prepare-script';
import { openDatabase } from './open-database';

interface ChapterRow {
  id: number;
  idx: number;
  title: string;
  kind: ChapterKind;
  role: MatterRole | null;
  included: number;
  word_count: number;
  paragraph_count: number;
}

interface ParagraphRow {
  id: number;
  idx: number;
  text: string;
  start: number;
  end: number;
  source: string | null;
  emphasis: string | null;
  scene_break: number;
}

const CHAPTER_COLUMNS = `c.id, c.idx, c.title, c.kind, c.role, c.included, c.word_count,
  (SELECT count(*) FROM paragraphs p WHERE p.chapter_id = c.id) AS paragraph_count`;

/** An open project: reads and edits, each edit one transaction. */
export class ProjectSession {
  private constructor(
    readonly path: string,
    /** Domain stores (script editing, voices, render state) work on the same connection. */
    readonly db: Database.Database,
  ) {}

  static open(path: string): ProjectSession {
    const db = openDatabase(path);
    try {
      // An edit the studio reports as done must survive a power cut too, not only a crash: with
      // FULL, every commit syncs the write-ahead log before it returns.
      db.pragma('synchronous = FULL');
      prepareScript(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new ProjectSession(path, db);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  book(): BookMeta {
    const meta = this.meta();
    const format = meta.get('format');
    return {
      title: meta.get('title') ?? '',
      author: meta.get('author') ?? '',
      language: meta.get('language') ?? '',
      format: isFormat(format) ? format : 'text',
    };
  }

  summary(): ProjectSummary {
    const meta = this.meta();
    const source = this.db.prepare('SELECT name FROM source_file WHERE id = 1').get() as { name: string } | undefined;
    const rows = this.db.prepare(`SELECT ${CHAPTER_COLUMNS} FROM chapters c ORDER BY c.idx`).all() as ChapterRow[];
    return {
      path: this.path,
      book: this.book(),
      sourceName: source?.name ?? '',
      chapters: rows.map(toSummary),
      warnings: parseStringArray(meta.get('warnings')),
    };
  }

  chapter(chapterId: number): ChapterDetail {
    const row = this.db.prepare(`SELECT ${CHAPTER_COLUMNS} FROM chapters c WHERE c.id = ?`).get(chapterId) as ChapterRow | undefined;
    if (!row) throw new StudioError('NOT_FOUND', `There is no chapter ${chapterId} in this project.`);
    const paragraphs = this.db
      .prepare('SELECT id, idx, text, start, end, source, emphasis, scene_break FROM paragraphs WHERE chapter_id = ? ORDER BY idx')
      .all(chapterId) as ParagraphRow[];
    return { ...toSummary(row), paragraphs: paragraphs.map(toParagraphView) };
  }

  setChapterIncluded(chapterId: number, included: boolean): ChapterSummary {
    const run = this.db.transaction(() => {
      const before = this.db.prepare('SELECT included FROM chapters WHERE id = ?').get(chapterId) as { included: number } | undefined;
      if (!before) throw new StudioError('NOT_FOUND', `There is no chapter ${chapterId} in this project.`);
      this.db.prepare('UPDATE chapters SET included = ? WHERE id = ?').run(included ? 1 : 0, chapterId);
      this.db
        .prepare('INSERT INTO edits (at, kind, payload) VALUES (?, ?, ?)')
        .run(new Date().toISOString(), 'chapter.included', JSON.stringify({ chapterId, before: before.included === 1, after: included }));
    });
    run();
    const row = this.db.prepare(`SELECT ${CHAPTER_COLUMNS} FROM chapters c WHERE c.id = ?`).get(chapterId) as ChapterRow;
    return toSummary(row);
  }

  integrityCheck(): string {
    return String(this.db.pragma('integrity_check', { simple: true }));
  }

  private meta(): Map<string, string> {
    const rows = this.db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>;
    return new Map(rows.map((r) => [r.key, r.value]));
  }
}

function toSummary(row: ChapterRow): ChapterSummary {
  return {
    id: row.id,
    index: row.idx,
    title: row.title,
    kind: row.kind,
    role: row.role,
    included: row.included === 1,
    wordCount: row.word_count,
    paragraphCount: row.paragraph_count,
  };
}

function toParagraphView(row: ParagraphRow): ParagraphView {
  return {
    id: row.id,
    index: row.idx,
    text: row.text,
    start: row.start,
    end: row.end,
    source: row.source,
    emphasis: row.emphasis ? (JSON.parse(row.emphasis) as Emphasis[]) : [],
    sceneBreakBefore: row.scene_break === 1,
  };
}

function isFormat(value: string | undefined): value is SourceFormat {
  return value !== undefined && (SOURCE_FORMATS as readonly string[]).includes(value);
}

function parseStringArray(value: string | undefined): string[] {
  if (!value) return [];
  const parsed: unknown = JSON.parse(value);
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
}
