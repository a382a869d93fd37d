import { create } from 'zustand';
import type { RecentProject } from '../../../../shared/project';
import { toShownError, type ShownError } from '../../lib/shown-error';
import { studio } from '../../platform/studio';

interface RecentStore {
  items: RecentProject[];
  loaded: boolean;
  /** A reload is on its way; the items shown may be those of the last visit to the start screen. */
  loading: boolean;
  error: ShownError | null;
  load(): Promise<void>;
  forget(path: string): Promise<void>;
}

/**
 * Numbers every request so that only the newest answer is shown: a reload started when the start
 * screen appears can answer after a removal made meanwhile, and must not bring the removed entry back.
 */
let latest = 0;

export const useRecentStore = create<RecentStore>()((set) => ({
  items: [],
  loaded: false,
  loading: false,
  error: null,

  async load() {
    const ticket = ++latest;
    set({ loading: true });
    try {
      const items = await studio().request('recent.list', {});
      if (ticket === latest) set({ items, loaded: true, loading: false, error: null });
    } catch (error) {
      if (ticket === latest) set({ loaded: true, loading: false, error: toShownError(error) });
    }
  },

  async forget(path) {
    const ticket = ++latest;
    try {
      const items = await studio().request('recent.forget', { path });
      if (ticket === latest) set({ items, loaded: true, loading: false, error: null });
    } catch (error) {
      if (ticket === latest) set({ loading: false, error: toShownError(error) });
    }
  },
}));
