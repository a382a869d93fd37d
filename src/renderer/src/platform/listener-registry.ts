import type { EventName, StudioEvents } from '../../../shared/contract';

type AnyListener = (payload: never) => void;

/** The `on` half of a StudioApi: listeners per event name, fed by whichever transport is in use. */
export interface ListenerRegistry {
  on<E extends EventName>(event: E, listener: (payload: StudioEvents[E]) => void): () => void;
  emit(event: EventName, payload: unknown): void;
}

export function createListenerRegistry(): ListenerRegistry {
  const listeners = new Map<EventName, Set<AnyListener>>();
  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<AnyListener>();
      set.add(listener as AnyListener);
      listeners.set(event, set);
      return () => {
        set.delete(listener as AnyListener);
      };
    },
    emit(event, payload) {
      // A copy, so a listener that unsubscribes while being called does not skip its neighbour.
      for (const listener of [...(listeners.get(event) ?? [])]) {
        try {
          listener(payload as never);
        } catch (error) {
          console.error(`[dramatis] a ${event} listener failed:`, error);
        }
      }
    },
  };
}
