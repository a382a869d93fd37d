import { afterEach, describe, expect, it } from 'vitest';
import { saveAnalysis } from '../project/analysis-store';
import type { ProjectSession } from '../project/project-session';
import { expectStudioError } from './testing/expect-error';
import { lineOf } from './testing/line-of';
import { openEditor, snapshot } from './testing/snapshot';
import { tinyBook } from './testing/tiny-book';

const sessions: ProjectSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

function open(path: string) {
  const opened = openEditor(path);
  sessions.push(opened.session);
  return opened;
}

describe('undo and redo', () => {
  it('walks back and forth through several edits of different kinds', () => {
    const { session, editor } = open(tinyBook());
    const first = editor.book()[0]!;
    const jane = editor.cast().find((c) => c.name === 'Jane')!.id;
    const states = [snapshot(session.db)];
    editor.setSpeaker({ segmentId: lineOf(first, 'Gladly.').id, speaker: { newCharacter: 'Kitty', gender: 'female' } });
    states.push(snapshot(session.db));
    editor.split(lineOf(first, 'To Meryton, then?').id, 11);
    states.push(snapshot(session.db));
    editor.mergeCharacters(editor.cast().find((c) => c.name === 'Kitty')!.id, jane);
    states.push(snapshot(session.db));
    editor.replace({ query: 'meryton', caseSensitive: false, wholeWord: true, replacement: 'Brighton' });
    states.push(snapshot(session.db));

    expect(editor.history()).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'Replace “meryton” with “Brighton” (3 lines)' });
    for (let k = states.length - 2; k >= 0; k--) {
      editor.undo();
      expect(snapshot(session.db)).toEqual(states[k]);
    }
    expect(editor.history()).toMatchObject({ canUndo: false, canRedo: true, redoLabel: 'Set speaker to Kitty' });
    expectStudioError(() => editor.undo(), 'INVALID_REQUEST', /nothing to undo/);
    for (let k = 1; k < states.length; k++) {
      editor.redo();
      expect(snapshot(session.db)).toEqual(states[k]);
    }
    expectStudioError(() => editor.redo(), 'INVALID_REQUEST', /nothing to redo/);
  });

  it('drops the redo branch when a new edit follows an undo', () => {
    const { editor } = open(tinyBook());
    const first = editor.book()[0]!;
    editor.setReviewed(lineOf(first, 'Gladly.').id, true);
    editor.setSceneBreak(lineOf(first, 'Gladly.').id, true);
    editor.undo();
    expect(editor.history()).toMatchObject({ canRedo: true, redoLabel: 'Mark scene break' });
    const change = editor.editText(lineOf(first, 'Gladly.').id, 'Gladly, Jane.');
    expect(change.history).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Edit text', redoLabel: null });
    editor.undo();
    editor.undo();
    expect(lineOf(editor.chapter(first.chapterId), 'Gladly.')).toMatchObject({ reviewed: false, sceneBreakBefore: false });
  });

  it('keeps the history across closing and reopening the project', () => {
    const path = tinyBook();
    let { session, editor } = open(path);
    const first = editor.book()[0]!;
    const original = snapshot(session.db);
    editor.mergeNext(lineOf(first, 'Good morning,').id);
    editor.editText(lineOf(first, 'Gladly.').id, 'Very gladly.');
    editor.undo();
    const edited = snapshot(session.db);
    session.close();

    ({ session, editor } = open(path));
    expect(snapshot(session.db)).toEqual(edited);
    expect(editor.history()).toMatchObject({ canUndo: true, canRedo: true, undoLabel: 'Merge lines', redoLabel: 'Edit text' });
    editor.undo();
    expect(snapshot(session.db)).toEqual(original);
    session.close();

    ({ session, editor } = open(path));
    editor.redo();
    editor.redo();
    expect(lineOf(editor.chapter(first.chapterId), 'Very gladly.').edited).toBe(true);
  });

  it('stops offering to undo edits made before a re-analysis replaced the segments', () => {
    const { session, editor } = open(tinyBook());
    const first = editor.book()[0]!;
    editor.setReviewed(lineOf(first, 'Gladly.').id, true);
    saveAnalysis(session.db, [first.chapterId], { chapters: [{ segments: [] }], characters: [] });
    expect(editor.history()).toMatchObject({ canUndo: false, canRedo: false });
  });
});
