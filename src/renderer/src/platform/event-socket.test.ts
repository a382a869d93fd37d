import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectEventSocket } from './event-socket';

class FakeSocket extends EventTarget {
  close(): void {
    this.dispatchEvent(new Event('close'));
  }
  drop(): void {
    this.dispatchEvent(new Event('close'));
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('connectEventSocket', () => {
  it('reconnects after a drop, waiting longer after each failure', async () => {
    vi.useFakeTimers();
    const sockets: FakeSocket[] = [];
    const events: string[] = [];
    const stream = connectEventSocket({
      url: 'ws://127.0.0.1:1/api/events',
      onEvent: (event) => events.push(event),
      createSocket: () => {
        const socket = new FakeSocket();
        sockets.push(socket);
        return socket as unknown as WebSocket;
      },
      minDelayMs: 100,
      maxDelayMs: 300,
    });
    expect(sockets).toHaveLength(1);
    sockets[0]?.drop();
    await vi.advanceTimersByTimeAsync(99);
    expect(sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(2);
    sockets[1]?.drop();
    await vi.advanceTimersByTimeAsync(199);
    expect(sockets).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(3);

    sockets[2]?.dispatchEvent(new Event('open'));
    sockets[2]?.dispatchEvent(new MessageEvent('message', { data: JSON.stringify({ event: 'job', payload: {} }) }));
    expect(events).toEqual(['job']);

    stream.close();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sockets).toHaveLength(3);
  });

  it('resolves whenOpen once connected', async () => {
    let socket: FakeSocket | undefined;
    const stream = connectEventSocket({
      url: 'ws://x',
      onEvent: () => undefined,
      createSocket: () => {
        socket = new FakeSocket();
        return socket as unknown as WebSocket;
      },
    });
    let opened = false;
    const waiting = stream.whenOpen(60_000).then(() => {
      opened = true;
    });
    await Promise.resolve();
    expect(opened).toBe(false);
    socket?.dispatchEvent(new Event('open'));
    await waiting;
    expect(opened).toBe(true);
    stream.close();
  });
});
