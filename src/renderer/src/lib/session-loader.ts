import { toShownError, type ShownError } from './shown-error';

export type LoadStatus = 'idle' | 'loading' | 'ready';

interface LoadingStore {
  get: () => { status: LoadStatus };
  set: (patch: { status?: LoadStatus; error?: ShownError }) => void;
}

/**
 * Loads what a store shows, for one project at a time: `reset` starts a new session (another
 * project), and an answer to a request of an earlier session is dropped.
 */
export function createSessionLoader({ get, set }: LoadingStore) {
  let session = 0;
  return {
    reset(): void {
      session++;
    },
    /** The session now, to check with `isCurrent` when an answer comes. */
    current: (): number => session,
    isCurrent: (mine: number): boolean => mine === session,
    /**
     * `loading` only the first time, so a reload keeps showing what it had; `show` puts the answer
     * with `status: 'ready'`; a failure shows as the store's error with the status it chooses.
     */
    async load<T>(request: () => Promise<T>, show: (value: T) => void, statusAfterFailure: () => LoadStatus): Promise<void> {
      const mine = session;
      if (get().status === 'idle') set({ status: 'loading' });
      try {
        const value = await request();
        if (mine === session) show(value);
      } catch (error) {
        if (mine === session) set({ status: statusAfterFailure(), error: toShownError(error) });
      }
    },
  };
}
