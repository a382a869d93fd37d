import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectScriptChanges } from '../../app/connect-script-changes';
import { createFakeStudio, type FakeStudio } from '../../testing/fake-studio';
import { change, chapter } from '../../testing/script-fixtures';
import { segmentIn } from '../script/script-layout';
import { useScriptStore } from '../script/script-store';
import { historyCommandFor } from './history-keys';
import { useHistoryStore } from './history-store';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) =>
  historyCommandFor({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('the undo and redo keys', () => {
  it('undoes with Ctrl+Z or Cmd+Z and redoes with the Shift or with Ctrl+Y', () => {
    expect(press('z', { ctrlKey: true })).toBe('undo');
    expect(press('z', { metaKey: true })).toBe('undo');
    expect(press('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(press('y', { ctrlKey: true })).toBe('redo');
    expect(press('z')).toBeNull();
    expect(press('z', { ctrlKey: true, altKey: true })).toBeNull();
  });
});

describe('the history store', () => {
  let fake: FakeStudio;
  let stop: () => void = () => undefined;
  const history = () => useHistoryStore.getState();

  beforeEach(() => {
    useHistoryStore.getState().reset();
    useScriptStore.getState().reset();
  });
  afterEach(() => {
    stop();
    vi.unstubAllGlobals();
  });

  it('undoes and redoes through the engine, and the script shows the result', async () => {
    const before = chapter(1, [{ id: 1, speakerId: 2 }]);
    const after = chapter(1, [{ id: 1, speakerId: 3 }]);
    fake = createFakeStudio({
      'script.chapter': () => after,
      'script.book': () => [after],
      'history.state': () => ({ canUndo: true, canRedo: false, undoLabel: 'Set speaker to Darcy', redoLabel: null }),
      'history.undo': () => change([before], { history: { canUndo: false, canRedo: true, undoLabel: null, redoLabel: 'Set speaker to Darcy' } }),
      'history.redo': () => change([after], { history: { canUndo: true, canRedo: false, undoLabel: 'Set speaker to Darcy', redoLabel: null } }),
    });
    vi.stubGlobal('window', { studio: fake });
    stop = connectScriptChanges();
    await useScriptStore.getState().open([1], 1);
    await history().load();

    await history().undo();
    expect(segmentIn(useScriptStore.getState().layout, 1)?.speakerId).toBe(2);
    expect(history().state).toMatchObject({ canUndo: false, canRedo: true });
    expect(history().announcement).toBe('Undone: Set speaker to Darcy');

    await history().undo();
    expect(fake.calls.filter((c) => c.name === 'history.undo')).toHaveLength(1);

    await history().redo();
    expect(segmentIn(useScriptStore.getState().layout, 1)?.speakerId).toBe(3);
    expect(history().announcement).toBe('Redone: Set speaker to Darcy');
  });
});

describe('quick undos', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('run one after the other, each from the history the one before left', async () => {
    let done = 3;
    const fake = createFakeStudio({
      'history.undo': async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        done--;
        return change([], { history: { canUndo: done > 0, canRedo: true, undoLabel: done > 0 ? `Edit ${done}` : null, redoLabel: 'Edit' } });
      },
    });
    vi.stubGlobal('window', { studio: fake });
    const stop = connectScriptChanges();
    useHistoryStore.getState().receive({ canUndo: true, canRedo: false, undoLabel: 'Edit 3', redoLabel: null });
    await Promise.all([1, 2, 3, 4].map(() => useHistoryStore.getState().undo()));
    stop();
    expect(fake.calls.filter((c) => c.name === 'history.undo')).toHaveLength(3);
    expect(useHistoryStore.getState().state.canUndo).toBe(false);
  });
});
