import { afterEach, describe, expect, it, vi } from 'vitest';
import { HTTP_ROUTES } from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';
import { TOKEN_HEADER, decodeWire, encodeWire } from '../../../shared/wire-codec';
import { createWebStudio, type WebStudioOptions } from './web-studio';

class FakeSocket extends EventTarget {
  closed = false;
  constructor(readonly url: string) {
    super();
  }
  open(): void {
    this.dispatchEvent(new Event('open'));
  }
  message(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  close(): void {
    this.closed = true;
    this.dispatchEvent(new Event('close'));
  }
}

interface Sent {
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

function setup(reply: (sent: Sent) => Response, overrides: Partial<WebStudioOptions> = {}) {
  const sockets: FakeSocket[] = [];
  const sent: Sent[] = [];
  const fetchImpl = vi.fn(async (url: URL | RequestInfo, init?: RequestInit) => {
    const request = { url: String(url), headers: init?.headers as Record<string, string>, body: decodeWire(String(init?.body)) };
    sent.push(request);
    return reply(request);
  });
  const studio = createWebStudio({
    token: 'secret-token',
    origin: 'http://127.0.0.1:4321',
    fetch: fetchImpl as unknown as typeof fetch,
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket as unknown as WebSocket;
    },
    chooseFile: () => Promise.resolve(null),
    ...overrides,
  });
  return { studio, sockets, sent, fetchImpl };
}

const json = (value: unknown, status = 200): Response => new Response(encodeWire(value), { status });

afterEach(() => {
  vi.useRealTimers();
});

describe('createWebStudio', () => {
  it('posts the request with the token and returns the value', async () => {
    const { studio, sockets, sent } = setup(() => json({ ok: true, value: [{ path: '/p.dramatis', title: 'P', author: 'A', openedAt: 'x' }] }));
    sockets[0]?.open();
    const recent = await studio.request('recent.list', {});
    expect(recent).toEqual([{ path: '/p.dramatis', title: 'P', author: 'A', openedAt: 'x' }]);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe(`http://127.0.0.1:4321${HTTP_ROUTES.request}recent.list`);
    expect(sent[0]?.headers[TOKEN_HEADER]).toBe('secret-token');
    expect(sent[0]?.body).toEqual({ input: {} });
  });

  it('sends manuscript bytes through the wire codec', async () => {
    const { studio, sockets, sent } = setup(() => json({ ok: true, value: { jobId: 'j1' } }));
    sockets[0]?.open();
    const data = new Uint8Array([0, 1, 2, 250, 255]);
    await studio.request('import.start', { source: { kind: 'bytes', name: 'a.txt', data } });
    const body = sent[0]?.body as { input: { source: { data: Uint8Array } } };
    expect(body.input.source.data).toBeInstanceOf(Uint8Array);
    expect([...body.input.source.data]).toEqual([...data]);
  });

  it('turns a refusal into a StudioError with its code', async () => {
    const { studio, sockets } = setup(() => json({ ok: false, error: { code: 'NOT_FOUND', message: 'No project is open.' } }));
    sockets[0]?.open();
    const error = await studio.request('project.chapter', { chapterId: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StudioError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'No project is open.' });
  });

  it('explains a missing or wrong token, and an answer that is no reply', async () => {
    const unauthorized = setup(() => new Response('Unauthorized', { status: 401 }));
    unauthorized.sockets[0]?.open();
    await expect(unauthorized.studio.request('recent.list', {})).rejects.toMatchObject({ code: 'INVALID_REQUEST' });

    const broken = setup(() => new Response('Internal error', { status: 500 }));
    broken.sockets[0]?.open();
    await expect(broken.studio.request('recent.list', {})).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('500') });
  });

  it('neither connects nor sends without a token', async () => {
    const { studio, sockets, fetchImpl } = setup(() => json({ ok: true, value: null }), { token: null });
    await expect(studio.request('project.current', {})).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    expect(sockets).toHaveLength(0);
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('opens the event socket with the token and dispatches only well-formed events', () => {
    const { studio, sockets } = setup(() => json({ ok: true, value: null }));
    expect(sockets[0]?.url).toBe(`ws://127.0.0.1:4321${HTTP_ROUTES.events}?token=secret-token`);
    const changes: unknown[] = [];
    const stop = studio.on('project.changed', (payload) => changes.push(payload));
    sockets[0]?.message(JSON.stringify({ event: 'project.changed', payload: { path: '/a.dramatis' } }));
    sockets[0]?.message(JSON.stringify({ event: 'evil', payload: 1 }));
    sockets[0]?.message('not json');
    stop();
    sockets[0]?.message(JSON.stringify({ event: 'project.changed', payload: { path: null } }));
    expect(changes).toEqual([{ path: '/a.dramatis' }]);
  });

  it('holds a request until the event socket is open, so the first job events are not missed', async () => {
    const { studio, sockets, fetchImpl } = setup(() => json({ ok: true, value: null }));
    const pending = studio.request('project.current', {});
    await Promise.resolve();
    expect(fetchImpl).not.toHaveBeenCalled();
    sockets[0]?.open();
    await pending;
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('does not wait for a socket that cannot connect for longer than its timeout', async () => {
    vi.useFakeTimers();
    const { studio, fetchImpl } = setup(() => json({ ok: true, value: null }));
    const pending = studio.request('project.current', {});
    await vi.advanceTimersByTimeAsync(2_000);
    await pending;
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('offers no project location: the server uses its projects folder', async () => {
    const { studio } = setup(() => json({ ok: true, value: null }));
    expect(studio.platform.kind).toBe('browser');
    await expect(studio.platform.pickProjectPath('Book')).resolves.toBeNull();
  });

  it('has no folder dialog: a page cannot learn the path of a folder, so it is typed', () => {
    const { studio } = setup(() => json({ ok: true, value: null }));
    expect(studio.platform.pickFolder).toBeNull();
  });
});
