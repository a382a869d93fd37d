import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { ScriptChange } from '../../../shared/script-editing';
import type { ScriptEditor } from '../script-editor';
import { snapshot } from './snapshot';

/** Runs an edit, then checks that undo restores every row exactly and redo brings the edit back. */
export function roundTrip(db: Database.Database, editor: ScriptEditor, edit: () => ScriptChange): ScriptChange {
  const before = snapshot(db);
  const change = edit();
  const after = snapshot(db);
  expect(after).not.toEqual(before);
  expect(change.history.canUndo).toBe(true);
  editor.undo();
  expect(snapshot(db)).toEqual(before);
  editor.redo();
  expect(snapshot(db)).toEqual(after);
  return change;
}
