import type { EventName, StudioEvents } from '../../shared/contract';

export type EventListener = <E extends EventName>(event: E, payload: StudioEvents[E]) => void;

/** Fans engine events out to every connected window or browser tab. */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: StudioEvents[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }
}
