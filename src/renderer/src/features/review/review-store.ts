import { create } from 'zustand';
import type { ReviewItem, ScriptChange } from '../../../../shared/script-editing';
import { scriptChanges } from '../../lib/script-changes';
import { toShownError, type ShownError } from '../../lib/shown-error';
import { studio } from '../../platform/studio';
import { REVIEW_THRESHOLD } from '../script/script-navigation';
import { useScriptStore } from '../script/script-store';
import { patchQueue } from './patch-queue';

interface ReviewStore {
  items: ReviewItem[];
  status: 'idle' | 'loading' | 'ready';
  error: ShownError | null;
  threshold: number;
  /** The item the keyboard is on in the panel. */
  activeId: number | null;
  load(): Promise<void>;
  reset(): void;
  receiveChange(change: ScriptChange): void;
  markReviewed(segmentId: number): Promise<void>;
  /** Shows the line in the script view. */
  jumpTo(item: ReviewItem): void;
  setActive(segmentId: number | null): void;
  dismissError(): void;
}

/** The engine sends at most this many; the author works through them from the most doubtful. */
const LIMIT = 500;

let session = 0;

export const useReviewStore = create<ReviewStore>()((set, get) => ({
  items: [],
  status: 'idle',
  error: null,
  threshold: REVIEW_THRESHOLD,
  activeId: null,

  async load() {
    const mine = session;
    set({ status: 'loading', error: null });
    try {
      const items = await studio().request('script.reviewQueue', { threshold: get().threshold, limit: LIMIT });
      if (mine === session) set({ items, status: 'ready' });
    } catch (error) {
      if (mine === session) set({ status: 'ready', error: toShownError(error) });
    }
  },

  reset() {
    session++;
    set({ items: [], status: 'idle', error: null, activeId: null });
  },

  receiveChange(change) {
    const items = patchQueue(get().items, change, get().threshold);
    if (items !== get().items) set({ items });
  },

  async markReviewed(segmentId) {
    const before = get().items;
    const at = before.findIndex((item) => item.segment.id === segmentId);
    if (at < 0) return;
    // Gone from the list at once; the keyboard moves on to the next line.
    const items = before.filter((item) => item.segment.id !== segmentId);
    set({ items, activeId: (items[at] ?? items[at - 1])?.segment.id ?? null, error: null });
    try {
      await scriptChanges.runEdit('script.setReviewed', { segmentId, reviewed: true });
    } catch (error) {
      set({ items: before, error: toShownError(error) });
    }
  },

  jumpTo(item) {
    set({ activeId: item.segment.id });
    void useScriptStore.getState().reveal(item.segment.id, item.segment.chapterId);
  },

  setActive(segmentId) {
    set({ activeId: segmentId });
  },

  dismissError() {
    set({ error: null });
  },
}));
