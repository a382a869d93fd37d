/** What a key does in the script view. */
export type ScriptCommand =
  | { type: 'move'; delta: number }
  | { type: 'edge'; edge: 'first' | 'last' }
  | { type: 'review'; direction: 1 | -1 }
  | { type: 'speaker-menu' }
  | { type: 'recent-speaker'; slot: number }
  | { type: 'edit' }
  | { type: 'propagate' }
  | { type: 'merge-next' }
  | { type: 'toggle-kind' }
  | { type: 'scene-break' }
  | { type: 'reviewed' }
  | { type: 'escape' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** Lines moved by Page Up and Page Down. */
const PAGE = 10;

/**
 * The script view's keys, in one place so the shortcut list and the handler cannot disagree. Keys
 * with Ctrl, Cmd or Alt are left to the browser and the global shortcuts (undo, redo, search).
 */
export function scriptCommandFor(press: KeyPress): ScriptCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  switch (press.key) {
    case 'ArrowDown':
    case 'j':
      return { type: 'move', delta: 1 };
    case 'ArrowUp':
    case 'k':
      return { type: 'move', delta: -1 };
    case 'PageDown':
      return { type: 'move', delta: PAGE };
    case 'PageUp':
      return { type: 'move', delta: -PAGE };
    case 'Home':
      return { type: 'edge', edge: 'first' };
    case 'End':
      return { type: 'edge', edge: 'last' };
    case 'n':
      return { type: 'review', direction: 1 };
    case 'N':
      return { type: 'review', direction: -1 };
    case 's':
      return { type: 'speaker-menu' };
    case 'Enter':
    case 'F2':
      return { type: 'edit' };
    case 'p':
      return { type: 'propagate' };
    case 'm':
      return { type: 'merge-next' };
    case 't':
      return { type: 'toggle-kind' };
    case 'b':
      return { type: 'scene-break' };
    case 'r':
      return { type: 'reviewed' };
    case 'Escape':
      return { type: 'escape' };
    default:
      return /^[1-9]$/.test(press.key) ? { type: 'recent-speaker', slot: Number(press.key) } : null;
  }
}

/** The shortcut list shown to the author (the help dialog and the tooltips). */
export const SCRIPT_SHORTCUTS: ReadonlyArray<{ keys: string; action: string }> = [
  { keys: '↓ / j, ↑ / k', action: 'Next / previous line' },
  { keys: 'Page Down, Page Up, Home, End', action: 'Move by ten lines, to the first or last line' },
  { keys: 'n / Shift+N', action: 'Next / previous line to review (low confidence)' },
  { keys: 's', action: 'Choose the speaker of the line' },
  { keys: '1 – 9', action: 'Give the line to a recent speaker' },
  { keys: 'p', action: 'Propagate a fix through the rest of the conversation' },
  { keys: 'Enter', action: 'Edit the line’s text (Enter saves, Shift+Enter splits at the cursor, Esc cancels)' },
  { keys: 'm', action: 'Merge the line with the next one' },
  { keys: 't', action: 'Switch the line between narration and dialogue' },
  { keys: 'b', action: 'Mark or clear a scene break before the line' },
  { keys: 'r', action: 'Mark the line reviewed (or not)' },
  { keys: 'Esc', action: 'Dismiss the offer to propagate; clear the speaker filter' },
  { keys: 'Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y', action: 'Undo, redo (Cmd on a Mac)' },
  { keys: 'Ctrl+F or /', action: 'Search and replace' },
  { keys: 'Alt+1 – Alt+9', action: 'Show a side panel (review, cast, search, source, charts, … in tab order)' },
  { keys: '?', action: 'Show these shortcuts' },
];
