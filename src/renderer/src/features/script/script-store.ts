import { create } from 'zustand';
import type { Gender } from '../../../../shared/script';
import type { ChapterScript, ScriptChange } from '../../../../shared/script-editing';
import { scriptChanges, type EditRequestName } from '../../lib/script-changes';
import type { RequestInput } from '../../../../shared/contract';
import { toShownError, type ShownError } from '../../lib/shown-error';
import { studio } from '../../platform/studio';
import { chapterOfSegment, withSpeaker } from './chapter-updates';
import { keepKnown, pushRecent } from './recent-speakers';
import { EMPTY_LAYOUT, buildLayout, segmentIn, type ScriptLayout } from './script-layout';
import { edgeSegment, nextLowConfidence, stepSegment } from './script-navigation';

/** Who a line is given to: someone in the cast, or a new character named in the speaker menu. */
export type SpeakerChoice = { characterId: number } | { newCharacter: string; gender?: Gender };

/** Where the view should scroll next; the nonce makes a repeated request count. */
export interface ScrollRequest {
  to: { segmentId: number } | { chapterId: number };
  /** `nearest` for a step to the next line; `center` for a jump, so the line is read in its context. */
  align: 'nearest' | 'center' | 'start';
  nonce: number;
}

export interface ScriptStore {
  status: 'idle' | 'loading' | 'ready';
  error: ShownError | null;
  /** A short message about the last command ("No more lines to review below"). */
  notice: string | null;
  /** Every chapter of the project in book order; those loaded are shown. */
  bookOrder: number[];
  chapters: ReadonlyMap<number, ChapterScript>;
  layout: ScriptLayout;
  /** Only paragraphs with this character's lines are shown. */
  speakerFilter: number | null;
  selectedId: number | null;
  /** The chapter being read: the selected line's, or the one scrolled to. */
  currentChapterId: number | null;
  scroll: ScrollRequest | null;
  editingId: number | null;
  speakerMenuFor: number | null;
  /** After a speaker fix: how many later lines of the conversation propagation would change. */
  propagation: { segmentId: number; changes: number } | null;
  recentSpeakers: number[];
  /** Edits on their way to the engine. */
  pending: number;

  /** Shows a project's script: its first chapter at once, then the rest of the book. */
  open(bookOrder: number[], firstChapterId: number | null): Promise<void>;
  reset(): void;
  /** Scrolls to a chapter (from the sidebar), loading it first if it is not read aloud. */
  showChapter(chapterId: number): Promise<void>;
  /** Loads chapters not on screen yet (one just included in the audiobook), without scrolling. */
  loadChapters(chapterIds: number[]): Promise<void>;
  /** The view scrolled into another chapter. */
  chapterInView(chapterId: number): void;
  /** Selects a line; `scroll` brings it into view: `nearest` (the default) or `center` for a jump. */
  select(segmentId: number, options?: { scroll?: false | 'nearest' | 'center' }): void;
  /** Selects a line wherever it is: clears a filter that hides it, loads a chapter not on screen. */
  reveal(segmentId: number, chapterId: number): Promise<void>;
  move(delta: number): void;
  moveToEdge(edge: 'first' | 'last'): void;
  nextLowConfidence(direction: 1 | -1): void;
  setSpeakerFilter(characterId: number | null): void;
  openSpeakerMenu(segmentId?: number): void;
  closeSpeakerMenu(): void;
  setSpeaker(segmentId: number, choice: SpeakerChoice): Promise<void>;
  propagate(): Promise<void>;
  dismissPropagation(): void;
  startEditing(segmentId?: number): void;
  stopEditing(): void;
  editText(segmentId: number, text: string): Promise<void>;
  split(segmentId: number, offset: number): Promise<void>;
  mergeNext(segmentId?: number): Promise<void>;
  toggleKind(segmentId?: number): Promise<void>;
  toggleSceneBreak(segmentId?: number): Promise<void>;
  toggleReviewed(segmentId?: number): Promise<void>;
  /** An edit made in this window, from any panel. */
  receiveChange(change: ScriptChange): void;
  /** The cast changed: forget speakers merged away, and a filter on one. */
  castChanged(characterIds: ReadonlySet<number>): void;
  /** Chapters changed elsewhere: re-read those on screen. */
  refreshChapters(chapterIds: number[]): Promise<void>;
  dismissError(): void;
  dismissNotice(): void;
}

type Data = Omit<ScriptStore, { [K in keyof ScriptStore]: ScriptStore[K] extends (...args: never[]) => unknown ? K : never }[keyof ScriptStore]>;

const INITIAL: Data = {
  status: 'idle',
  error: null,
  notice: null,
  bookOrder: [],
  chapters: new Map(),
  layout: EMPTY_LAYOUT,
  speakerFilter: null,
  selectedId: null,
  currentChapterId: null,
  scroll: null,
  editingId: null,
  speakerMenuFor: null,
  propagation: null,
  recentSpeakers: [],
  pending: 0,
};

/** Counts opened projects, so answers for a project since closed are dropped. */
let session = 0;
/**
 * When each chapter was last replaced (a tick of `clock`). A read that started before a chapter was
 * replaced by an edit must not put the older text back.
 */
let clock = 0;
const replacedAt = new Map<number, number>();
let nonce = 0;

export const useScriptStore = create<ScriptStore>()((set, get) => {
  /** Puts chapters in and lays the view out again. `readSince` drops chapters replaced since a read began. */
  const put = (incoming: readonly ChapterScript[], readSince?: number): void => {
    if (incoming.length === 0) return;
    const chapters = new Map(get().chapters);
    let changed = false;
    for (const chapter of incoming) {
      if (readSince !== undefined && (replacedAt.get(chapter.chapterId) ?? 0) > readSince) continue;
      replacedAt.set(chapter.chapterId, ++clock);
      chapters.set(chapter.chapterId, chapter);
      changed = true;
    }
    if (!changed) return;
    const { bookOrder, speakerFilter, selectedId, layout: previous } = get();
    const layout = buildLayout(bookOrder, chapters, speakerFilter);
    set({ chapters, layout, selectedId: keptSelection(selectedId, previous, layout) });
  };

  /** Loads a chapter that is not on screen (one not read aloud); false when that failed or the project closed. */
  const ensureChapter = async (chapterId: number): Promise<boolean> => {
    if (get().chapters.has(chapterId)) return true;
    const mine = session;
    const since = clock;
    try {
      const chapter = await studio().request('script.chapter', { chapterId });
      if (mine !== session) return false;
      put([chapter], since);
      return true;
    } catch (error) {
      if (mine === session) set({ error: toShownError(error) });
      return false;
    }
  };

  const scrollTo = (to: ScrollRequest['to'], align: ScrollRequest['align'] = 'start'): ScrollRequest => ({ to, align, nonce: ++nonce });

  const targetOf = (segmentId: number | undefined): number | null => segmentId ?? get().selectedId;

  const segmentOf = (segmentId: number | null) => (segmentId === null ? null : segmentIn(get().layout, segmentId));

  const edit = async <N extends EditRequestName>(name: N, input: RequestInput<N>): Promise<ScriptChange | null> => {
    set((s) => ({ pending: s.pending + 1, error: null }));
    try {
      return await scriptChanges.runEdit(name, input);
    } catch (error) {
      set({ error: toShownError(error) });
      return null;
    } finally {
      set((s) => ({ pending: s.pending - 1 }));
    }
  };

  return {
    ...INITIAL,

    async open(bookOrder, firstChapterId) {
      const mine = ++session;
      replacedAt.clear();
      set({ ...INITIAL, chapters: new Map(), status: 'loading', bookOrder, currentChapterId: firstChapterId });
      try {
        if (firstChapterId !== null) {
          const since = clock;
          const first = await studio().request('script.chapter', { chapterId: firstChapterId });
          if (mine !== session) return;
          put([first], since);
          const firstLine = first.segments[0]?.id;
          if (firstLine !== undefined && get().selectedId === null) set({ selectedId: firstLine });
        }
        const since = clock;
        const book = await studio().request('script.book', {});
        if (mine !== session) return;
        put(book, since);
        set({ status: 'ready' });
        // Chapters read aloud before the first one shown have just been put above it.
        if (firstChapterId !== null && (get().layout.chapterRow.get(firstChapterId) ?? 0) > 0) {
          set({ scroll: scrollTo({ chapterId: firstChapterId }) });
        }
      } catch (error) {
        if (mine === session) set({ status: 'ready', error: toShownError(error) });
      }
    },

    reset() {
      session++;
      replacedAt.clear();
      set({ ...INITIAL, chapters: new Map() });
    },

    async showChapter(chapterId) {
      set({ currentChapterId: chapterId, notice: null });
      if (!(await ensureChapter(chapterId)) || get().currentChapterId !== chapterId) return;
      const { layout } = get();
      const firstRow = layout.chapterRow.get(chapterId);
      const firstLine = firstRow === undefined ? undefined : layout.rows[firstRow + 1];
      set({
        scroll: scrollTo({ chapterId }),
        selectedId: firstLine?.kind === 'paragraph' ? firstLine.segments[0]!.id : get().selectedId,
      });
    },

    async loadChapters(chapterIds) {
      await Promise.all(chapterIds.map((chapterId) => ensureChapter(chapterId)));
    },

    chapterInView(chapterId) {
      if (get().currentChapterId !== chapterId) set({ currentChapterId: chapterId });
    },

    select(segmentId, options = {}) {
      const { layout, editingId } = get();
      const row = layout.rows[layout.rowOf.get(segmentId) ?? -1];
      if (!row) return;
      set({
        selectedId: segmentId,
        currentChapterId: row.chapterId,
        editingId: editingId === segmentId ? editingId : null,
        ...(options.scroll === false ? {} : { scroll: scrollTo({ segmentId }, options.scroll ?? 'nearest') }),
      });
    },

    async reveal(segmentId, chapterId) {
      if (!get().layout.positionOf.has(segmentId) && get().speakerFilter !== null) get().setSpeakerFilter(null);
      if (await ensureChapter(chapterId)) get().select(segmentId, { scroll: 'center' });
    },

    move(delta) {
      const next = stepSegment(get().layout, get().selectedId, delta);
      if (next !== null) get().select(next);
    },

    moveToEdge(edge) {
      const next = edgeSegment(get().layout, edge);
      if (next !== null) get().select(next);
    },

    nextLowConfidence(direction) {
      const next = nextLowConfidence(get().layout, get().selectedId, direction);
      if (next === null) {
        set({ notice: direction === 1 ? 'No more lines to review below.' : 'No more lines to review above.' });
        return;
      }
      set({ notice: null });
      get().select(next, { scroll: 'center' });
    },

    setSpeakerFilter(characterId) {
      const { bookOrder, chapters, selectedId } = get();
      const layout = buildLayout(bookOrder, chapters, characterId);
      const kept = selectedId !== null && layout.positionOf.has(selectedId) ? selectedId : (layout.order[0] ?? null);
      set({ speakerFilter: characterId, layout, selectedId: kept, editingId: null, speakerMenuFor: null });
      if (kept !== null) set({ scroll: scrollTo({ segmentId: kept }, 'center') });
    },

    openSpeakerMenu(segmentId) {
      const target = targetOf(segmentId);
      const segment = segmentOf(target);
      if (!segment) return;
      if (segment.kind !== 'dialogue') {
        set({ notice: 'Narration is read by the narrator: make the line dialogue (T) to give it a speaker.' });
        return;
      }
      set({ speakerMenuFor: segment.id, selectedId: segment.id, editingId: null, notice: null });
    },

    closeSpeakerMenu() {
      set({ speakerMenuFor: null });
    },

    async setSpeaker(segmentId, choice) {
      set({ speakerMenuFor: null, propagation: null, notice: null });
      const before = chapterOfSegment(get().chapters, segmentId, get().currentChapterId ?? undefined);
      let optimistic: ChapterScript | null = null;
      if ('characterId' in choice && before) {
        // The chip changes on this frame; the engine's answer replaces the chapter when it comes.
        optimistic = withSpeaker(before, segmentId, choice.characterId);
        put([optimistic]);
        set({ recentSpeakers: pushRecent(get().recentSpeakers, choice.characterId) });
      }
      const change = await edit('script.setSpeaker', {
        segmentId,
        speaker: 'characterId' in choice ? { characterId: choice.characterId } : { newCharacter: choice.newCharacter, gender: choice.gender ?? 'unknown' },
      });
      if (!change) {
        if (optimistic && before && get().chapters.get(before.chapterId) === optimistic) put([before]);
        return;
      }
      if (!('characterId' in choice)) {
        const created = segmentIn(get().layout, segmentId)?.speakerId;
        if (created !== null && created !== undefined) set({ recentSpeakers: pushRecent(get().recentSpeakers, created) });
      }
      const offer = change.propagation;
      set({ propagation: offer && offer.changes > 0 ? offer : null });
    },

    async propagate() {
      const offer = get().propagation;
      if (!offer) return;
      set({ propagation: null });
      const change = await edit('script.propagate', { segmentId: offer.segmentId });
      if (change) set({ notice: `Turn-taking re-run: ${offer.changes} later ${offer.changes === 1 ? 'line' : 'lines'} of the conversation updated.` });
    },

    dismissPropagation() {
      set({ propagation: null });
    },

    startEditing(segmentId) {
      const target = targetOf(segmentId);
      if (target === null || !segmentOf(target)) return;
      set({ editingId: target, selectedId: target, speakerMenuFor: null, notice: null });
    },

    stopEditing() {
      set({ editingId: null });
    },

    async editText(segmentId, text) {
      const segment = segmentOf(segmentId);
      if (segment && segment.text === text) {
        set({ editingId: null });
        return;
      }
      if (await edit('script.editText', { segmentId, text })) set({ editingId: null });
    },

    async split(segmentId, offset) {
      if (await edit('script.split', { segmentId, offset })) set({ editingId: null });
    },

    async mergeNext(segmentId) {
      const target = targetOf(segmentId);
      if (target === null) return;
      await edit('script.mergeNext', { segmentId: target });
    },

    async toggleKind(segmentId) {
      const segment = segmentOf(targetOf(segmentId));
      if (!segment) return;
      await edit('script.setKind', { segmentId: segment.id, kind: segment.kind === 'dialogue' ? 'narration' : 'dialogue' });
    },

    async toggleSceneBreak(segmentId) {
      const segment = segmentOf(targetOf(segmentId));
      if (!segment) return;
      await edit('script.setSceneBreak', { segmentId: segment.id, sceneBreak: !segment.sceneBreakBefore });
    },

    async toggleReviewed(segmentId) {
      const segment = segmentOf(targetOf(segmentId));
      if (!segment) return;
      await edit('script.setReviewed', { segmentId: segment.id, reviewed: !segment.reviewed });
    },

    receiveChange(change) {
      put(change.chapters);
    },

    castChanged(characterIds) {
      const { recentSpeakers, speakerFilter } = get();
      const kept = keepKnown(recentSpeakers, characterIds);
      if (kept !== recentSpeakers) set({ recentSpeakers: kept });
      if (speakerFilter !== null && characterIds.size > 0 && !characterIds.has(speakerFilter)) get().setSpeakerFilter(null);
    },

    async refreshChapters(chapterIds) {
      const mine = session;
      const wanted = chapterIds.filter((id) => get().chapters.has(id));
      if (wanted.length === 0) return;
      const since = clock;
      try {
        const fresh = await Promise.all(wanted.map((chapterId) => studio().request('script.chapter', { chapterId })));
        if (mine === session) put(fresh, since);
      } catch (error) {
        if (mine === session) set({ error: toShownError(error) });
      }
    },

    dismissError() {
      set({ error: null });
    },

    dismissNotice() {
      set({ notice: null });
    },
  };
});

/** A selected line that an edit removed (merged away, undone) gives way to the one now in its place. */
function keptSelection(selectedId: number | null, previous: ScriptLayout, layout: ScriptLayout): number | null {
  if (selectedId === null || layout.positionOf.has(selectedId)) return selectedId;
  const was = previous.positionOf.get(selectedId) ?? 0;
  return layout.order[Math.min(was, layout.order.length - 1)] ?? null;
}
