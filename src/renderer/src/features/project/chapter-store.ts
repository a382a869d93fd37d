import { create } from 'zustand';
import type { ChapterDetail } from '../../../../shared/project';
import { toShownError, type ShownError } from '../../lib/shown-error';
import { studio } from '../../platform/studio';

interface ChapterStore {
  /** The chapter chosen in the sidebar; its text may still be loading. */
  selectedId: number | null;
  /** The text on screen: the selected chapter's once loaded, until then the previous one. */
  detail: ChapterDetail | null;
  loading: boolean;
  error: ShownError | null;
  select(chapterId: number): Promise<void>;
  reset(): void;
}

/** Counts requests so that a slow answer for a chapter the user has since left is dropped. */
let latestRequest = 0;

/** The chapter being read: kept apart from the project so loading a chapter never touches the sidebar. */
export const useChapterStore = create<ChapterStore>()((set, get) => ({
  selectedId: null,
  detail: null,
  loading: false,
  error: null,

  async select(chapterId) {
    const { selectedId, detail, loading } = get();
    if (selectedId === chapterId && (loading || detail?.id === chapterId)) return;
    const request = ++latestRequest;
    set({ selectedId: chapterId, loading: true, error: null });
    try {
      const next = await studio().request('project.chapter', { chapterId });
      if (request === latestRequest) set({ detail: next, loading: false });
    } catch (error) {
      if (request === latestRequest) set({ loading: false, error: toShownError(error) });
    }
  },

  reset() {
    latestRequest++;
    set({ selectedId: null, detail: null, loading: false, error: null });
  },
}));
