import { create } from 'zustand';
import type { CastingState, SegmentVoice, VoiceChoice } from '../../../../shared/requests/voice-requests';
import type { VoiceSettings } from '../../../../shared/voices';
import { createActionRunner } from '../../lib/run-action';
import { createSessionLoader } from '../../lib/session-loader';
import { toShownError, type ShownError } from '../../lib/shown-error';
import { studio } from '../../platform/studio';

interface CastingStore {
  state: CastingState | null;
  status: 'idle' | 'loading' | 'ready';
  /** Automatic casting is running. */
  casting: boolean;
  /** The voice of the line chosen in the script. */
  segment: SegmentVoice | null;
  /** What the last cast file matched, for the author to check. */
  imported: { matched: number; unmatched: string[] } | null;
  error: ShownError | null;
  load(): Promise<void>;
  /** Reloads what is shown, when the cast or the voices changed elsewhere. */
  invalidate(): void;
  autoCast(): Promise<void>;
  /** The author's voice for a character; null lets automatic casting choose again. */
  setVoice(characterId: number, choice: VoiceChoice | null): Promise<boolean>;
  /** Speed, pitch or blend, shown at once and sent when the slider rests. */
  adjust(characterId: number, settings: Partial<VoiceSettings>): void;
  loadSegment(segmentId: number | null): Promise<void>;
  setSegmentVoice(segmentId: number, choice: VoiceChoice | null): Promise<boolean>;
  exportCast(): Promise<{ json: string; fileName: string } | null>;
  importCast(json: string): Promise<boolean>;
  dismissError(): void;
  reset(): void;
}

/** How long a slider rests before its value is sent. */
export const ADJUST_DELAY_MS = 300;

const INITIAL: Pick<CastingStore, 'state' | 'status' | 'casting' | 'segment' | 'imported' | 'error'> = { state: null, status: 'idle', casting: false, segment: null, imported: null, error: null };

export const useCastingStore = create<CastingStore>()((set, get) => {
  const sessions = createSessionLoader({ get, set });
  const pendingAdjust = new Map<number, ReturnType<typeof setTimeout>>();

  const run = createActionRunner(set);

  const replaceChoice = (characterId: number, choice: VoiceChoice): void => {
    const state = get().state;
    if (!state) return;
    set({ state: { ...state, characters: state.characters.map((c) => (c.characterId === characterId ? { ...c, choice, origin: 'user', effective: choice } : c)) } });
  };

  return {
    ...INITIAL,

    load: () =>
      sessions.load(
        () => studio().request('casting.get', {}),
        (state) => set({ state, status: 'ready' }),
        () => (get().state ? 'ready' : 'idle'),
      ),

    invalidate() {
      if (get().status === 'idle') return;
      void get().load();
      const segmentId = get().segment?.segmentId;
      if (segmentId !== undefined) void get().loadSegment(segmentId);
    },

    async autoCast() {
      set({ casting: true });
      const state = await run(() => studio().request('casting.autoCast', {}));
      set({ casting: false, ...(state ? { state, status: 'ready' } : {}) });
    },

    async setVoice(characterId, choice) {
      const before = get().state;
      // Shown at once; the engine's state replaces it, or the old one comes back with the error.
      if (choice) replaceChoice(characterId, choice);
      const state = await run(() => studio().request('casting.setVoice', { characterId, choice }));
      if (state) set({ state });
      else if (before) set({ state: before });
      return state !== null;
    },

    adjust(characterId, settings) {
      const character = get().state?.characters.find((c) => c.characterId === characterId);
      if (!character) return;
      const current = character.choice ?? character.effective;
      const choice: VoiceChoice = { voice: current.voice, settings: { ...current.settings, ...settings } };
      replaceChoice(characterId, choice);
      clearTimeout(pendingAdjust.get(characterId));
      pendingAdjust.set(
        characterId,
        setTimeout(() => {
          pendingAdjust.delete(characterId);
          const latest = get().state?.characters.find((c) => c.characterId === characterId)?.choice;
          if (latest) void get().setVoice(characterId, latest);
        }, ADJUST_DELAY_MS),
      );
    },

    async loadSegment(segmentId) {
      if (segmentId === null) {
        set({ segment: null });
        return;
      }
      const mine = sessions.current();
      try {
        const segment = await studio().request('casting.segmentVoice', { segmentId });
        if (sessions.isCurrent(mine)) set({ segment });
      } catch (error) {
        if (sessions.isCurrent(mine)) set({ segment: null, error: toShownError(error) });
      }
    },

    async setSegmentVoice(segmentId, choice) {
      const segment = await run(() => studio().request('casting.setSegmentVoice', { segmentId, choice }));
      if (segment) set({ segment });
      return segment !== null;
    },

    exportCast: () => run(() => studio().request('casting.export', {})),

    async importCast(json) {
      const result = await run(() => studio().request('casting.import', { json }));
      if (result) set({ state: result.state, status: 'ready', imported: { matched: result.matched, unmatched: result.unmatched } });
      return result !== null;
    },

    dismissError() {
      set({ error: null });
    },

    reset() {
      sessions.reset();
      for (const timer of pendingAdjust.values()) clearTimeout(timer);
      pendingAdjust.clear();
      set(INITIAL);
    },
  };
});
