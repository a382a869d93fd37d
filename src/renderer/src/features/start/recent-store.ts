import { create } from 'zustand';
import type { RecentProject } from '../../../../shared/project';
import { toShownError, type ShownError } from '../../lib/shown-error';
import { studio } from '../../platform/studio';

interface RecentStore {
  items: RecentProject[];
  loaded: boolean;
  error: ShownError | null;
  load(): Promise<void>;
  forget(path: string): Promise<void>;
}

export const useRecentStore = create<RecentStore>()((set) => ({
  items: [],
  loaded: false,
  error: null,

  async load() {
    try {
      set({ items: await studio().request('recent.list', {}), loaded: true, error: null });
    } catch (error) {
      set({ loaded: true, error: toShownError(error) });
    }
  },

  async forget(path) {
    try {
      set({ items: await studio().request('recent.forget', { path }), error: null });
    } catch (error) {
      set({ error: toShownError(error) });
    }
  },
}));
