import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { HTTP_ROUTES } from '../../shared/contract';
import { TOKEN_HEADER, decodeWire, encodeWire } from '../../shared/wire-codec';
import { dispatchRequest } from '../studio/dispatch-request';
import type { Handlers } from '../studio/handlers';
import type { EventHub } from '../studio/event-hub';
import { contentSecurityPolicy } from './content-security-policy';
import { readStaticFile } from './static-files';

export interface StudioServerOptions {
  handlers: Handlers;
  events: EventHub;
  token: string;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  host?: string;
  port?: number;
  /** Largest request body: a dropped manuscript arrives base64-encoded. */
  maxBodyBytes?: number;
}

export interface StudioServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * The browser-mode transport: the same handlers as the Electron binding, over HTTP for requests and a
 * WebSocket for events. Loopback only, and every call must carry the per-launch token; the Host and
 * Origin headers are checked so that another web page cannot reach the studio through the browser.
 */
export async function startStudioServer(options: StudioServerOptions): Promise<StudioServer> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new Error(`the studio server listens on loopback only, not ${host}`);
  const maxBody = options.maxBodyBytes ?? 420 * 1024 * 1024;
  let port = 0;
  const allowedHosts = (): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  const sameOrigin = (req: IncomingMessage): boolean => {
    if (!allowedHosts().has(req.headers.host ?? '')) return false;
    const origin = req.headers.origin;
    return origin === undefined || allowedHosts().has(origin.replace(/^http:\/\//, ''));
  };
  const tokenOk = (value: string | null | undefined): boolean => {
    if (!value) return false;
    const a = Buffer.from(value);
    const b = Buffer.from(options.token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('[dramatis] server error:', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!sameOrigin(req)) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith(HTTP_ROUTES.request)) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      const header = req.headers[TOKEN_HEADER];
      if (!tokenOk(Array.isArray(header) ? header[0] : header)) return send(res, 401, 'text/plain; charset=utf-8', 'Unauthorized');
      const name = url.pathname.slice(HTTP_ROUTES.request.length);
      const body = await readBody(req, maxBody);
      if (body === null) {
        return send(res, 413, 'application/json', encodeWire({ ok: false, error: { code: 'TOO_LARGE', message: 'The request is too large.' } }));
      }
      let input: unknown;
      try {
        const parsed = decodeWire(body);
        input = typeof parsed === 'object' && parsed !== null ? (parsed as { input?: unknown }).input : undefined;
      } catch {
        return send(res, 400, 'application/json', encodeWire({ ok: false, error: { code: 'INVALID_REQUEST', message: 'The request is not valid JSON.' } }));
      }
      const reply = await dispatchRequest(options.handlers, name, input);
      return send(res, 200, 'application/json', encodeWire(reply));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    return send(res, 200, file.type, file.body);
  }

  function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Security-Policy': contentSecurityPolicy([`ws://127.0.0.1:${port}`, `ws://localhost:${port}`]),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    res.end(body);
  }

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const clients = new Set<WebSocket>();
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== HTTP_ROUTES.events || !sameOrigin(req) || !tokenOk(url.searchParams.get('token'))) {
      socket.write('HTTP/1.1 401 Unauthorized\r\n\r\n');
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => {
      clients.add(ws);
      ws.on('close', () => clients.delete(ws));
      ws.on('error', () => clients.delete(ws));
    });
  });
  const unsubscribe = options.events.subscribe((event, payload) => {
    const message = JSON.stringify({ event, payload });
    for (const ws of clients) if (ws.readyState === ws.OPEN) ws.send(message);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const urlHost = host === '::1' ? '[::1]' : host;
  return {
    url: `http://${urlHost}:${port}/`,
    port,
    close: async () => {
      unsubscribe();
      for (const ws of clients) ws.terminate();
      sockets.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > max) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
