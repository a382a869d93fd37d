import type Database from 'better-sqlite3';
import { ProjectSession } from '../../project/project-session';
import { TABLES, type TableName } from '../row-images';
import { ScriptEditor } from '../script-editor';

/** Every row script editing owns, in a stable order: what undo must restore exactly. */
export function snapshot(db: Database.Database): Record<TableName, unknown[]> {
  const out = {} as Record<TableName, unknown[]>;
  for (const [table, spec] of Object.entries(TABLES) as Array<[TableName, (typeof TABLES)[TableName]]>) {
    out[table] = db.prepare(`SELECT ${spec.columns.map((c) => `"${c}"`).join(', ')} FROM ${table} ORDER BY ${spec.key.map((c) => `"${c}"`).join(', ')}`).all();
  }
  return out;
}

export function openEditor(path: string): { session: ProjectSession; editor: ScriptEditor } {
  const session = ProjectSession.open(path);
  return { session, editor: new ScriptEditor(session.db) };
}
