import { create } from 'zustand';
import type { CharacterStats } from '../../../../shared/script-editing';
import { toShownError, type ShownError } from '../../lib/shown-error';
import { studio } from '../../platform/studio';

interface ChartsStore {
  stats: CharacterStats[] | null;
  /** The script changed since the stats were read. */
  stale: boolean;
  loading: boolean;
  error: ShownError | null;
  load(): Promise<void>;
  invalidate(): void;
  reset(): void;
}

let session = 0;

/** The numbers behind the charts, read when the charts are shown and again after edits. */
export const useChartsStore = create<ChartsStore>()((set, get) => ({
  stats: null,
  stale: true,
  loading: false,
  error: null,

  async load() {
    if (get().loading) return;
    const mine = session;
    set({ loading: true, stale: false, error: null });
    try {
      const stats = await studio().request('script.stats', {});
      if (mine === session) set({ stats, loading: false });
    } catch (error) {
      if (mine === session) set({ loading: false, error: toShownError(error) });
    }
  },

  invalidate() {
    if (!get().stale) set({ stale: true });
  },

  reset() {
    session++;
    set({ stats: null, stale: true, loading: false, error: null });
  },
}));
