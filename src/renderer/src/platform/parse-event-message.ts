import { EVENT_NAMES, type EventName } from '../../../shared/contract';

/** One WebSocket message of the browser-mode server, `{ event, payload }`; null for anything else. */
export function parseEventMessage(data: unknown): { event: EventName; payload: unknown } | null {
  if (typeof data !== 'string') return null;
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof message !== 'object' || message === null) return null;
  const { event, payload } = message as { event?: unknown; payload?: unknown };
  if (!(EVENT_NAMES as readonly unknown[]).includes(event)) return null;
  return { event: event as EventName, payload };
}
