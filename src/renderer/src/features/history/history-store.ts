import { create } from 'zustand';
import type { HistoryState } from '../../../../shared/script-editing';
import { scriptChanges } from '../../lib/script-changes';
import { toShownError, type ShownError } from '../../lib/shown-error';
import { studio } from '../../platform/studio';

const NOTHING: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

interface HistoryStore {
  state: HistoryState;
  error: ShownError | null;
  /** The last thing undone or redone, in words, for the screen reader and the status line. */
  announcement: string | null;
  load(): Promise<void>;
  reset(): void;
  receive(state: HistoryState): void;
  undo(): Promise<void>;
  redo(): Promise<void>;
  dismissError(): void;
}

let session = 0;

/**
 * Undo and redo run one after the other: Ctrl+Z pressed three times quickly undoes three edits,
 * each step deciding from the history the one before left.
 */
let queue: Promise<void> = Promise.resolve();

export const useHistoryStore = create<HistoryStore>()((set, get) => {
  const step = async (direction: 'undo' | 'redo'): Promise<void> => {
    const { state } = get();
    const label = direction === 'undo' ? state.undoLabel : state.redoLabel;
    if (!(direction === 'undo' ? state.canUndo : state.canRedo)) return;
    set({ error: null });
    try {
      await scriptChanges.runEdit(direction === 'undo' ? 'history.undo' : 'history.redo', {});
      set({ announcement: `${direction === 'undo' ? 'Undone' : 'Redone'}: ${label ?? 'the last edit'}` });
    } catch (error) {
      set({ error: toShownError(error) });
    }
  };

  const queued = (direction: 'undo' | 'redo'): Promise<void> => {
    queue = queue.then(() => step(direction));
    return queue;
  };

  return {
    state: NOTHING,
    error: null,
    announcement: null,

    async load() {
      const mine = session;
      try {
        const state = await studio().request('history.state', {});
        if (mine === session) set({ state });
      } catch (error) {
        if (mine === session) set({ error: toShownError(error) });
      }
    },

    reset() {
      session++;
      set({ state: NOTHING, error: null, announcement: null });
    },

    receive(state) {
      // Any edit makes an older "Undone: …" stale; an undo's own announcement is set after this.
      set({ state, announcement: null });
    },

    undo: () => queued('undo'),
    redo: () => queued('redo'),

    dismissError() {
      set({ error: null });
    },
  };
});
