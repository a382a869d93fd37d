import { create } from 'zustand';
import type { RequestInput } from '../../../../shared/contract';
import type { Gender } from '../../../../shared/script';
import type { CastMember, ScriptChange } from '../../../../shared/script-editing';
import { createActionRunner } from '../../lib/run-action';
import { scriptChanges } from '../../lib/script-changes';
import { toShownError, type ShownError } from '../../lib/shown-error';
import { studio } from '../../platform/studio';

interface CastStore {
  /** The narrator first, then by lines (the engine's order). */
  cast: CastMember[];
  byId: ReadonlyMap<number, CastMember>;
  error: ShownError | null;
  load(): Promise<void>;
  reset(): void;
  /** The cast after an edit made in this window. */
  receiveCast(cast: CastMember[]): void;
  create(name: string, gender?: Gender): Promise<ScriptChange | null>;
  rename(characterId: number, name: string): Promise<boolean>;
  setAliases(characterId: number, aliases: string[]): Promise<boolean>;
  setGender(characterId: number, gender: Gender): Promise<boolean>;
  setColour(characterId: number, colour: string): Promise<boolean>;
  /** Gives every line and alias of `fromId` to `intoId`. */
  merge(fromId: number, intoId: number): Promise<boolean>;
  /** A new character with some of this one's lines and aliases. */
  split(characterId: number, name: string, segmentIds: number[], aliases: string[]): Promise<boolean>;
  dismissError(): void;
}

let session = 0;

export const useCastStore = create<CastStore>()((set, get) => {
  const show = (cast: CastMember[]): void => set({ cast, byId: new Map(cast.map((c) => [c.id, c])) });

  const update = async (input: RequestInput<'cast.update'>): Promise<boolean> => {
    const current = get().byId.get(input.characterId);
    // Shown at once; the engine's cast replaces it (or the old one comes back with the error).
    if (current) show(get().cast.map((c) => (c.id === current.id ? { ...c, ...input, id: c.id } : c)));
    try {
      await scriptChanges.runEdit('cast.update', input);
      return true;
    } catch (error) {
      if (current) show(get().cast.map((c) => (c.id === current.id ? current : c)));
      set({ error: toShownError(error) });
      return false;
    }
  };

  const run = createActionRunner(set);

  return {
    cast: [],
    byId: new Map(),
    error: null,

    async load() {
      const mine = session;
      try {
        const cast = await studio().request('cast.list', {});
        if (mine === session) show(cast);
      } catch (error) {
        if (mine === session) set({ error: toShownError(error) });
      }
    },

    reset() {
      session++;
      set({ cast: [], byId: new Map(), error: null });
    },

    receiveCast(cast) {
      show(cast);
    },

    create: (name, gender = 'unknown') => run(() => scriptChanges.runEdit('cast.create', { name, gender })),
    rename: (characterId, name) => update({ characterId, name }),
    setAliases: (characterId, aliases) => update({ characterId, aliases }),
    setGender: (characterId, gender) => update({ characterId, gender }),
    setColour: (characterId, colour) => update({ characterId, colour }),

    async merge(fromId, intoId) {
      return (await run(() => scriptChanges.runEdit('cast.merge', { fromId, intoId }))) !== null;
    },

    async split(characterId, name, segmentIds, aliases) {
      return (await run(() => scriptChanges.runEdit('cast.split', { characterId, name, segmentIds, aliases }))) !== null;
    },

    dismissError() {
      set({ error: null });
    },
  };
});
