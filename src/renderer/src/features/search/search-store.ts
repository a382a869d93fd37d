import { create } from 'zustand';
import type { SearchMatch } from '../../../../shared/script-editing';
import { scriptChanges } from '../../lib/script-changes';
import { toShownError, type ShownError } from '../../lib/shown-error';
import { studio } from '../../platform/studio';
import { useScriptStore } from '../script/script-store';

interface SearchStore {
  query: string;
  replacement: string;
  caseSensitive: boolean;
  wholeWord: boolean;
  matches: SearchMatch[];
  /** The query the matches are for; null before the first search. */
  searched: string | null;
  searching: boolean;
  error: ShownError | null;
  notice: string | null;
  setQuery(query: string): void;
  setReplacement(replacement: string): void;
  setOptions(options: { caseSensitive?: boolean; wholeWord?: boolean }): void;
  search(): Promise<void>;
  /** Replaces every match in the book, as one undo step. */
  replaceAll(): Promise<void>;
  /** Replaces the matches in one line only. */
  replaceIn(segmentId: number): Promise<void>;
  jumpTo(match: SearchMatch): void;
  /** The script changed: the matches shown may be stale. */
  scriptChanged(): void;
  reset(): void;
  dismissError(): void;
}

let latest = 0;

export const useSearchStore = create<SearchStore>()((set, get) => {
  const criteria = () => {
    const { query, caseSensitive, wholeWord } = get();
    return { query, caseSensitive, wholeWord };
  };

  /** Reads the matches for a query; a newer read wins over an older one still on its way. */
  const find = async (query: string): Promise<void> => {
    const mine = ++latest;
    if (!query) {
      set({ matches: [], searched: null, searching: false });
      return;
    }
    set({ searching: true, error: null });
    try {
      const matches = await studio().request('script.search', { ...criteria(), query });
      if (mine === latest) set({ matches, searched: query, searching: false });
    } catch (error) {
      if (mine === latest) set({ searching: false, error: toShownError(error) });
    }
  };

  const replace = async (segmentIds?: number[]): Promise<void> => {
    const { query, replacement, matches } = get();
    if (!query || matches.length === 0) return;
    set({ error: null, notice: null });
    try {
      // The change reaches `scriptChanged`, which reads the matches afresh.
      await scriptChanges.runEdit('script.replace', { ...criteria(), replacement, ...(segmentIds ? { segmentIds } : {}) });
      const count = segmentIds ? matches.filter((m) => segmentIds.includes(m.segmentId)).length : matches.length;
      set({ notice: `Replaced ${count} ${count === 1 ? 'match' : 'matches'}.` });
    } catch (error) {
      set({ error: toShownError(error) });
    }
  };

  return {
    query: '',
    replacement: '',
    caseSensitive: false,
    wholeWord: false,
    matches: [],
    searched: null,
    searching: false,
    error: null,
    notice: null,

    setQuery: (query) => set({ query }),
    setReplacement: (replacement) => set({ replacement }),
    setOptions: (options) => set(options),

    async search() {
      set({ notice: null });
      await find(get().query);
    },

    replaceAll: () => replace(),
    replaceIn: (segmentId) => replace([segmentId]),

    jumpTo(match) {
      void useScriptStore.getState().reveal(match.segmentId, match.chapterId);
    },

    scriptChanged() {
      const { searched } = get();
      if (searched !== null) void find(searched);
    },

    reset() {
      latest++;
      set({ query: '', replacement: '', caseSensitive: false, wholeWord: false, matches: [], searched: null, searching: false, error: null, notice: null });
    },

    dismissError() {
      set({ error: null });
    },
  };
});
