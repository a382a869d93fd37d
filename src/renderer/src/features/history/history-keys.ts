import type { KeyPress } from '../script/script-keys';

export type HistoryCommand = 'undo' | 'redo';

/** Ctrl+Z (Cmd+Z on a Mac) undoes; Ctrl+Shift+Z and Ctrl+Y redo. */
export function historyCommandFor(press: KeyPress & { shiftKey: boolean }): HistoryCommand | null {
  if (!(press.ctrlKey || press.metaKey) || press.altKey) return null;
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !press.shiftKey) return 'redo';
  return null;
}
