import { create } from 'zustand';
import type { ChapterDetail } from '../../../../shared/project';
import type { SourceDocument } from '../../../../shared/script-editing';
import { toShownError, type ShownError } from '../../lib/shown-error';
import { studio } from '../../platform/studio';

interface SourceStore {
  /** The original file (EPUB and PDF are drawn from it), read once per project when first shown. */
  document: SourceDocument | null;
  loadingDocument: boolean;
  /** The formatted paragraphs of chapters, for the formats shown as text. */
  chapters: ReadonlyMap<number, ChapterDetail>;
  error: ShownError | null;
  loadDocument(): Promise<void>;
  loadChapter(chapterId: number): Promise<void>;
  reset(): void;
}

let session = 0;

export const useSourceStore = create<SourceStore>()((set, get) => ({
  document: null,
  loadingDocument: false,
  chapters: new Map(),
  error: null,

  async loadDocument() {
    if (get().document || get().loadingDocument) return;
    const mine = session;
    set({ loadingDocument: true, error: null });
    try {
      const document = await studio().request('project.source', {});
      if (mine === session) set({ document, loadingDocument: false });
    } catch (error) {
      if (mine === session) set({ loadingDocument: false, error: toShownError(error) });
    }
  },

  async loadChapter(chapterId) {
    if (get().chapters.has(chapterId)) return;
    const mine = session;
    try {
      const detail = await studio().request('project.chapter', { chapterId });
      if (mine === session) set({ chapters: new Map(get().chapters).set(chapterId, detail) });
    } catch (error) {
      if (mine === session) set({ error: toShownError(error) });
    }
  },

  reset() {
    session++;
    set({ document: null, loadingDocument: false, chapters: new Map(), error: null });
  },
}));
