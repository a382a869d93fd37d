import type Database from 'better-sqlite3';
import type { RenderRunSummary } from '../../shared/requests/render-requests';
import type { PreflightFile, PreflightReport } from '../../shared/render';
import { statement } from '../script/statements';

/** Which audio an item was last rendered with. */
export interface RenderedAudio {
  key: string;
  samples: number;
  sampleRate: number;
}

/** Something read aloud: a chapter's spoken title, one of its segments, or a line of the credits (not kept in the state). */
export type ItemRef =
  | { kind: 'title'; chapterId: number }
  | { kind: 'segment'; segmentId: number }
  | { kind: 'credit'; part: 'open' | 'close'; index: number };

export interface StoredExport {
  path: string;
  kind: string;
  chapterId: number | null;
  inputsHash: string;
  /** The file's pre-flight result when it was written (audio files only). */
  preflight: PreflightFile | null;
}

interface ExportRow {
  path: string;
  kind: string;
  chapter_id: number | null;
  inputs_hash: string;
  preflight: string | null;
}

const toExport = (row: ExportRow): StoredExport => ({
  path: row.path,
  kind: row.kind,
  chapterId: row.chapter_id,
  inputsHash: row.inputs_hash,
  preflight: row.preflight ? (JSON.parse(row.preflight) as PreflightFile) : null,
});

interface AudioRow {
  id: number;
  cache_key: string;
  samples: number;
  sample_rate: number;
}

/**
 * The render state of a project: per segment (and chapter title) the cache key of its last audio,
 * per exported file the hash of its inputs, and the last run with its pre-flight report. Every write
 * is its own small transaction, so a kill at any moment leaves the state true up to that write.
 */
export class RenderStateStore {
  constructor(private readonly db: Database.Database) {}

  /** Every rendered segment's and title's audio, by item. */
  renderedAudio(): { segments: Map<number, RenderedAudio>; titles: Map<number, RenderedAudio> } {
    const read = (sql: string): Map<number, RenderedAudio> =>
      new Map(
        (this.db.prepare(sql).all() as AudioRow[]).map((r) => [r.id, { key: r.cache_key, samples: r.samples, sampleRate: r.sample_rate }]),
      );
    return {
      segments: read('SELECT segment_id AS id, cache_key, samples, sample_rate FROM render_segments'),
      titles: read('SELECT chapter_id AS id, cache_key, samples, sample_rate FROM render_titles'),
    };
  }

  recordAudio(item: ItemRef, audio: RenderedAudio): void {
    const at = new Date().toISOString();
    if (item.kind === 'credit') return;
    if (item.kind === 'segment') {
      statement(
        this.db,
        `INSERT INTO render_segments (segment_id, cache_key, samples, sample_rate, at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (segment_id) DO UPDATE SET cache_key = excluded.cache_key, samples = excluded.samples, sample_rate = excluded.sample_rate, at = excluded.at`,
      ).run(item.segmentId, audio.key, audio.samples, audio.sampleRate, at);
    } else {
      statement(
        this.db,
        `INSERT INTO render_titles (chapter_id, cache_key, samples, sample_rate, at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (chapter_id) DO UPDATE SET cache_key = excluded.cache_key, samples = excluded.samples, sample_rate = excluded.sample_rate, at = excluded.at`,
      ).run(item.chapterId, audio.key, audio.samples, audio.sampleRate, at);
    }
  }

  /** Records many items in one transaction (audio found in the cache at the start of a run). */
  recordMany(items: ReadonlyArray<{ item: ItemRef; audio: RenderedAudio }>): void {
    if (items.length === 0) return;
    this.db.transaction(() => {
      for (const { item, audio } of items) this.recordAudio(item, audio);
    })();
  }

  exportOf(path: string): StoredExport | null {
    const row = statement(this.db, 'SELECT path, kind, chapter_id, inputs_hash, preflight FROM render_exports WHERE path = ?').get(path) as ExportRow | undefined;
    return row ? toExport(row) : null;
  }

  exports(): StoredExport[] {
    return (statement(this.db, 'SELECT path, kind, chapter_id, inputs_hash, preflight FROM render_exports ORDER BY path').all() as ExportRow[]).map(toExport);
  }

  /** Records the files of one export together. */
  recordExports(entries: readonly StoredExport[]): void {
    const upsert = statement(
      this.db,
      `INSERT INTO render_exports (path, kind, chapter_id, inputs_hash, preflight, at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (path) DO UPDATE SET kind = excluded.kind, chapter_id = excluded.chapter_id, inputs_hash = excluded.inputs_hash,
         preflight = excluded.preflight, at = excluded.at`,
    );
    const at = new Date().toISOString();
    this.db.transaction(() => {
      for (const e of entries) upsert.run(e.path, e.kind, e.chapterId, e.inputsHash, e.preflight ? JSON.stringify(e.preflight) : null, at);
    })();
  }

  recordRun(summary: RenderRunSummary, report: PreflightReport | null): void {
    statement(
      this.db,
      `INSERT INTO render_runs (id, summary, report, at) VALUES (1, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET summary = excluded.summary, report = excluded.report, at = excluded.at`,
    ).run(JSON.stringify(summary), report ? JSON.stringify(report) : null, summary.at);
  }

  lastRun(): { summary: RenderRunSummary; report: PreflightReport | null } | null {
    const row = statement(this.db, 'SELECT summary, report FROM render_runs WHERE id = 1').get() as { summary: string; report: string | null } | undefined;
    if (!row) return null;
    return { summary: JSON.parse(row.summary) as RenderRunSummary, report: row.report ? (JSON.parse(row.report) as PreflightReport) : null };
  }
}
