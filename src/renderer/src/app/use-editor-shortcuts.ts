import { useEffect } from 'react';
import { SEARCH_FIELD_ID } from '../features/search/search-box';
import { isTextField } from '../lib/is-text-field';
import { PANELS } from './panels';
import { usePanelStore } from './panel-store';

/** The editor's window-wide keys: Alt+digit shows a panel, Ctrl+F or / searches, ? lists the keys. */
export function useEditorShortcuts(showHelp: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      const digit = /^Digit([1-9])$/.exec(event.code);
      if (event.altKey && !event.ctrlKey && !event.metaKey && digit) {
        const panel = PANELS[Number(digit[1]) - 1];
        if (!panel) return;
        event.preventDefault();
        usePanelStore.getState().show(panel.id);
        return;
      }
      const find = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f';
      const typing = isTextField(event.target);
      if (find || (!typing && event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey)) {
        event.preventDefault();
        const field = document.getElementById(SEARCH_FIELD_ID);
        if (field instanceof HTMLInputElement) {
          field.focus();
          field.select();
        }
        return;
      }
      if (!typing && event.key === '?' && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        showHelp();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [showHelp]);
}
