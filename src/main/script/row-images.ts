import type Database from 'better-sqlite3';
import { statement } from './statements';

/**
 * Before and after images of the rows an edit touched, so that undo and redo restore them exactly.
 * Only the columns script editing owns are imaged: a column another domain adds to these tables
 * (a voice, render state) is never rolled back by undoing a script edit.
 */

type Value = string | number | bigint | null;
export type Row = Record<string, Value>;

interface TableSpec {
  key: readonly string[];
  columns: readonly string[];
  /** Rows that refer to others are written after their parents exist and before they go away. */
  parent: boolean;
  /** Frees a row's unique slots before the images are written, so rows can trade them in any order. */
  park?: string;
}

export const TABLES = {
  characters: {
    key: ['id'],
    columns: ['id', 'key', 'name', 'aliases', 'gender', 'narrator', 'origin', 'colour', 'author_edited'],
    parent: true,
    park: 'narrator = 0',
  },
  segments: {
    key: ['id'],
    columns: [
      'id', 'chapter_id', 'idx', 'kind', 'text', 'original_text', 'start', 'end', 'source', 'speaker_id',
      'confidence', 'reason', 'reviewed', 'scene_break', 'paragraph_idx', 'words',
    ],
    parent: false,
    park: 'idx = -1 - id',
  },
  speaker_corrections: {
    key: ['chapter_id', 'source', 'start', 'end'],
    columns: ['chapter_id', 'start', 'end', 'source', 'speaker_id', 'at', 'kind', 'confidence'],
    parent: false,
  },
  character_redirects: { key: ['key'], columns: ['key', 'character_id'], parent: false },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;

export interface RowChange {
  table: TableName;
  key: Value[];
  before: Row | null;
  after: Row | null;
}

const quote = (column: string): string => `"${column}"`;
const where = (spec: TableSpec): string => spec.key.map((k) => `${quote(k)} = ?`).join(' AND ');

function readRow(db: Database.Database, table: TableName, key: Value[]): Row | null {
  const spec = TABLES[table];
  const row = statement(db, `SELECT ${spec.columns.map(quote).join(', ')} FROM ${table} WHERE ${where(spec)}`).get(...key) as Row | undefined;
  return row ?? null;
}

function sameRow(a: Row | null, b: Row | null): boolean {
  if (a === null || b === null) return a === b;
  return Object.keys(a).every((k) => a[k] === b[k]);
}

/** Collects the rows an edit touches: call `touch` before changing a row, `created` after inserting one. */
export class ChangeRecorder {
  private readonly touched = new Map<string, { table: TableName; key: Value[]; before: Row | null }>();

  constructor(private readonly db: Database.Database) {}

  touch(table: TableName, key: Value[]): void {
    const id = JSON.stringify([table, key]);
    if (!this.touched.has(id)) this.touched.set(id, { table, key, before: readRow(this.db, table, key) });
  }

  created(table: TableName, key: Value[]): void {
    const id = JSON.stringify([table, key]);
    if (!this.touched.has(id)) this.touched.set(id, { table, key, before: null });
  }

  /** The changes as they stand now; rows changed and changed back are left out. */
  finish(): RowChange[] {
    const out: RowChange[] = [];
    for (const t of this.touched.values()) {
      const after = readRow(this.db, t.table, t.key);
      if (!sameRow(t.before, after)) out.push({ table: t.table, key: t.key, before: t.before, after });
    }
    return out;
  }
}

/**
 * Writes one side of the images back. Rows first step out of their unique slots (a segment's place
 * in its chapter, the one narrator), because a split, a merge or a new narrator moves them; then
 * parents (characters) are written first and deleted last, so the foreign keys hold at every step.
 */
export function applyImages(db: Database.Database, changes: RowChange[], side: 'before' | 'after'): void {
  const target = (c: RowChange): Row | null => (side === 'before' ? c.before : c.after);
  for (const c of changes) {
    const spec: TableSpec = TABLES[c.table];
    if (spec.park) statement(db, `UPDATE ${c.table} SET ${spec.park} WHERE ${where(spec)}`).run(...c.key);
  }
  const parents = changes.filter((c) => TABLES[c.table].parent);
  const children = changes.filter((c) => !TABLES[c.table].parent);
  for (const c of parents) if (target(c) !== null) write(db, c.table, c.key, target(c));
  for (const c of children) write(db, c.table, c.key, target(c));
  for (const c of parents) if (target(c) === null) write(db, c.table, c.key, null);
}

function write(db: Database.Database, table: TableName, key: Value[], row: Row | null): void {
  const spec = TABLES[table];
  if (row === null) {
    statement(db, `DELETE FROM ${table} WHERE ${where(spec)}`).run(...key);
    return;
  }
  const values = spec.columns.map((c) => row[c] ?? null);
  const exists = statement(db, `SELECT 1 FROM ${table} WHERE ${where(spec)}`).get(...key) !== undefined;
  if (exists) {
    statement(db, `UPDATE ${table} SET ${spec.columns.map((c) => `${quote(c)} = ?`).join(', ')} WHERE ${where(spec)}`).run(...values, ...key);
  } else {
    statement(db, `INSERT INTO ${table} (${spec.columns.map(quote).join(', ')}) VALUES (${spec.columns.map(() => '?').join(', ')})`).run(...values);
  }
}
