import type { EventName } from '../../../shared/contract';
import { parseEventMessage } from './parse-event-message';

export interface EventSocketOptions {
  url: string;
  onEvent: (event: EventName, payload: unknown) => void;
  createSocket: (url: string) => WebSocket;
  minDelayMs?: number;
  maxDelayMs?: number;
}

export interface EventSocket {
  /** Resolves when the socket is open, or after `timeoutMs`, whichever comes first. */
  whenOpen(timeoutMs: number): Promise<void>;
  close(): void;
}

/**
 * The browser mode's event stream: a WebSocket that reconnects after a drop (a sleeping laptop, a
 * restarted server), waiting longer after each failure up to `maxDelayMs`.
 */
export function connectEventSocket(options: EventSocketOptions): EventSocket {
  const minDelay = options.minDelayMs ?? 250;
  const maxDelay = options.maxDelayMs ?? 5_000;
  let delay = minDelay;
  let socket: WebSocket | null = null;
  let isOpen = false;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const waiters = new Set<() => void>();

  const connect = (): void => {
    const ws = options.createSocket(options.url);
    socket = ws;
    ws.addEventListener('open', () => {
      isOpen = true;
      delay = minDelay;
      for (const wake of [...waiters]) wake();
    });
    ws.addEventListener('message', (message: MessageEvent) => {
      const parsed = parseEventMessage(message.data);
      if (parsed) options.onEvent(parsed.event, parsed.payload);
    });
    ws.addEventListener('close', () => {
      isOpen = false;
      if (socket === ws) socket = null;
      if (stopped) return;
      retry = setTimeout(connect, delay);
      delay = Math.min(maxDelay, delay * 2);
    });
  };
  connect();

  return {
    whenOpen(timeoutMs) {
      if (isOpen || stopped) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const wake = (): void => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, timeoutMs);
        waiters.add(wake);
      });
    },
    close() {
      stopped = true;
      clearTimeout(retry);
      socket?.close();
      for (const wake of [...waiters]) wake();
    },
  };
}
