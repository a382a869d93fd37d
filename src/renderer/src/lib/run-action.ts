import { toShownError, type ShownError } from './shown-error';

/**
 * A store's way to run an action that can be refused: the last error goes first (`clear`), a failure
 * becomes the store's error, and the action answers null instead of throwing into a click handler.
 */
export function createActionRunner(set: (patch: { error: ShownError | null }) => void, clear: () => void = () => set({ error: null })) {
  return async <T>(work: () => Promise<T>): Promise<T | null> => {
    clear();
    try {
      return await work();
    } catch (error) {
      set({ error: toShownError(error) });
      return null;
    }
  };
}
