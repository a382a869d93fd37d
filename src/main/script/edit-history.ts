import type Database from 'better-sqlite3';
import type { HistoryState } from '../../shared/script-editing';
import { applyImages, type RowChange } from './row-images';
import { statement } from './statements';

/**
 * The undo history, kept in the project's `edits` table so that it survives restarts. History is a
 * line: undone edits stay (for redo) until a new edit drops them.
 */
export interface EditRecord {
  /** What the edit did, in words, for the Undo and Redo menu items. */
  label: string;
  chapterIds: number[];
  changes: RowChange[];
}

interface EditRow {
  id: number;
  payload: string;
}

export function recordEdit(db: Database.Database, kind: string, edit: EditRecord): void {
  statement(db, 'DELETE FROM edits WHERE undoable = 1 AND undone = 1').run();
  statement(db, 'INSERT INTO edits (at, kind, payload, undoable, undone) VALUES (?, ?, ?, 1, 0)').run(
    new Date().toISOString(),
    kind,
    JSON.stringify(edit),
  );
}

const LAST_DONE = 'SELECT id, payload FROM edits WHERE undoable = 1 AND undone = 0 ORDER BY id DESC LIMIT 1';
const FIRST_UNDONE = 'SELECT id, payload FROM edits WHERE undoable = 1 AND undone = 1 ORDER BY id ASC LIMIT 1';

/** Restores the rows of the last edit as they were before it; null when there is nothing to undo. */
export function undoEdit(db: Database.Database): EditRecord | null {
  return db.transaction(() => {
    const row = statement(db, LAST_DONE).get() as EditRow | undefined;
    if (!row) return null;
    const edit = JSON.parse(row.payload) as EditRecord;
    applyImages(db, [...edit.changes].reverse(), 'before');
    statement(db, 'UPDATE edits SET undone = 1 WHERE id = ?').run(row.id);
    return edit;
  })();
}

/** Applies the first undone edit again; null when there is nothing to redo. */
export function redoEdit(db: Database.Database): EditRecord | null {
  return db.transaction(() => {
    const row = statement(db, FIRST_UNDONE).get() as EditRow | undefined;
    if (!row) return null;
    const edit = JSON.parse(row.payload) as EditRecord;
    applyImages(db, edit.changes, 'after');
    statement(db, 'UPDATE edits SET undone = 0 WHERE id = ?').run(row.id);
    return edit;
  })();
}

export function historyState(db: Database.Database): HistoryState {
  // Only the label is needed: json_extract spares parsing a large edit's row images.
  const label = (sql: string): string | null => {
    const row = statement(db, sql.replace('id, payload', "json_extract(payload, '$.label') AS label")).get() as { label: string } | undefined;
    return row ? row.label : null;
  };
  const undoLabel = label(LAST_DONE);
  const redoLabel = label(FIRST_UNDONE);
  return { canUndo: undoLabel !== null, canRedo: redoLabel !== null, undoLabel, redoLabel };
}
