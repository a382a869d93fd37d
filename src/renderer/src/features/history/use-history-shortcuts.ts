import { useEffect } from 'react';
import { isTextField } from '../../lib/is-text-field';
import { historyCommandFor } from './history-keys';
import { useHistoryStore } from './history-store';

/** Undo and redo from anywhere in the editor, except inside a text field, which has its own undo. */
export function useHistoryShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTextField(event.target)) return;
      const command = historyCommandFor(event);
      if (!command) return;
      event.preventDefault();
      void useHistoryStore.getState()[command]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
