import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { HTTP_ROUTES } from '../../shared/contract';
import { TOKEN_HEADER, decodeWire, encodeWire } from '../../shared/wire-codec';
import { createHandlers } from '../studio/handlers';
import { Studio } from '../studio/studio';
import { startStudioServer, type StudioServer } from './http-server';

const root = mkdtempSync(join(tmpdir(), 'dramatis-server-'));
const rendererDir = join(root, 'renderer');
const token = 'test-token-123';
let studio: Studio;
let server: StudioServer;

beforeAll(async () => {
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>studio</title>');
  writeFileSync(join(root, 'secret.txt'), 'secret');
  studio = new Studio({ paths: { dataDir: join(root, 'data'), projectsDir: join(root, 'projects') }, transport: 'http', version: '0.0.0' });
  server = await startStudioServer({ handlers: createHandlers(studio), events: studio.events, token, rendererDir });
});

afterAll(async () => {
  await server.close();
  await studio.dispose();
});

function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (name: string, input: unknown, headers: Record<string, string> = { [TOKEN_HEADER]: token }) =>
  call(`${HTTP_ROUTES.request}${name}`, { method: 'POST', headers, body: encodeWire({ input }) });

describe('studio server', () => {
  it('serves the renderer with a strict CSP', async () => {
    const res = await call('/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>studio</title>');
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00']) {
      const res = await call(path);
      expect(res.status, path).toBe(404);
    }
  });

  it('requires the token for requests', async () => {
    expect((await api('app.info', {}, {})).status).toBe(401);
    expect((await api('app.info', {}, { [TOKEN_HEADER]: 'wrong-token-xyz' })).status).toBe(401);
    const ok = await api('app.info', {});
    expect(ok.status).toBe(200);
    expect(decodeWire(ok.body)).toEqual({ ok: true, value: { version: '0.0.0', transport: 'http', projectsDir: join(root, 'projects') } });
  });

  it('refuses other origins and hosts', async () => {
    const res = await api('app.info', {}, { [TOKEN_HEADER]: token, Origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    const rebound = await call('/', { headers: { Host: 'evil.example' } });
    expect(rebound.status).toBe(403);
  });

  it('validates every payload and reports errors with a code', async () => {
    expect(decodeWire((await api('no.such', {})).body)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(decodeWire((await api('project.chapter', { chapterId: 'x' })).body)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(decodeWire((await api('project.chapter', { chapterId: 1 })).body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(decodeWire((await api('import.start', { source: { kind: 'path', path: '/x' }, projectPath: '../escape.dramatis' })).body)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
    const bad = await call(`${HTTP_ROUTES.request}app.info`, { method: 'POST', headers: { [TOKEN_HEADER]: token }, body: '{not json' });
    expect(bad.status).toBe(400);
  });

  it('imports a dropped file and pushes job events over the WebSocket', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}${HTTP_ROUTES.events}?token=${token}`);
    const events: Array<{ event: string; payload: { type?: string } }> = [];
    await new Promise((resolve, reject) => {
      socket.on('open', resolve);
      socket.on('error', reject);
    });
    socket.on('message', (data) => events.push(JSON.parse(String(data)) as { event: string; payload: { type?: string } }));
    const text = 'A Small Tale\n\nCHAPTER I.\n\nOnce upon a time there was a story.\n\nCHAPTER II.\n\nIt ended well.\n';
    const res = await api('import.start', { source: { kind: 'bytes', name: 'tale.txt', data: new TextEncoder().encode(text) } });
    const reply = decodeWire(res.body) as { ok: boolean; value: { jobId: string } };
    expect(reply.ok).toBe(true);
    await expect.poll(() => events.some((e) => e.event === 'job' && e.payload.type === 'completed'), { timeout: 10_000 }).toBe(true);
    expect(events.some((e) => e.event === 'project.changed')).toBe(true);
    const current = decodeWire((await api('project.current', {})).body) as { ok: true; value: { chapters: Array<{ title: string; included: boolean }> } };
    expect(current.value.chapters.filter((c) => c.included).length).toBe(2);
    socket.close();
  });

  it('refuses a WebSocket without the token', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}${HTTP_ROUTES.events}?token=nope`);
    const outcome = await new Promise<string>((resolve) => {
      socket.on('open', () => resolve('open'));
      socket.on('error', () => resolve('refused'));
    });
    expect(outcome).toBe('refused');
  });
});
