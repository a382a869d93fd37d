import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the test server serves one path. */
export interface ServedFile {
  body: Buffer;
  /** Sent as a strong ETag; a request whose If-Range differs gets the whole file again. */
  etag?: string;
  /** Answer every request with 200 and the whole file, as servers without range support do. */
  ignoreRange?: boolean;
  /** Close the connection after this many body bytes, on the first this-many requests. */
  dropAfter?: { bytes: number; times: number };
  /** Pause between 16 KiB chunks, so a test can cancel midway. */
  chunkDelayMs?: number;
  status?: number;
  location?: string;
}

export interface RequestLog {
  path: string;
  range?: string;
  ifRange?: string;
  status: number;
  bytesSent: number;
}

/** A loopback HTTP server for downloader tests: ranges, If-Range, dropped connections, redirects. */
export class DownloadTestServer {
  readonly log: RequestLog[] = [];
  private readonly files = new Map<string, ServedFile>();
  private readonly drops = new Map<string, number>();
  private server: Server | null = null;

  serve(path: string, file: ServedFile): this {
    this.files.set(path, file);
    return this;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  requestsFor(path: string): RequestLog[] {
    return this.log.filter((r) => r.path === path);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const entry: RequestLog = { path, range: header(req, 'range'), ifRange: header(req, 'if-range'), status: 0, bytesSent: 0 };
    this.log.push(entry);
    const file = this.files.get(path);
    if (!file) return this.end(res, entry, 404);
    if (file.location) {
      res.setHeader('location', file.location);
      return this.end(res, entry, file.status ?? 302);
    }
    if (file.status) return this.end(res, entry, file.status);

    let start = 0;
    const range = /^bytes=(\d+)-$/.exec(entry.range ?? '');
    const validatorMatches = !entry.ifRange || entry.ifRange === file.etag;
    if (range && !file.ignoreRange && validatorMatches) start = Number(range[1]);
    if (start >= file.body.length && start > 0) {
      res.setHeader('content-range', `bytes */${file.body.length}`);
      return this.end(res, entry, 416);
    }
    const body = file.body.subarray(start);
    entry.status = start > 0 ? 206 : 200;
    res.statusCode = entry.status;
    res.setHeader('content-length', String(body.length));
    if (file.etag) res.setHeader('etag', file.etag);
    if (start > 0) res.setHeader('content-range', `bytes ${start}-${file.body.length - 1}/${file.body.length}`);

    const dropsSoFar = this.drops.get(path) ?? 0;
    const dropAt = file.dropAfter && dropsSoFar < file.dropAfter.times ? file.dropAfter.bytes : Infinity;
    if (dropAt !== Infinity) this.drops.set(path, dropsSoFar + 1);
    for (let offset = 0; offset < body.length; offset += 16 * 1024) {
      if (res.destroyed) return;
      const chunk = body.subarray(offset, Math.min(offset + 16 * 1024, body.length, dropAt));
      if (chunk.length > 0) {
        res.write(chunk);
        entry.bytesSent += chunk.length;
      }
      if (offset + 16 * 1024 >= dropAt) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        res.socket?.destroy();
        return;
      }
      if (file.chunkDelayMs) await new Promise((resolve) => setTimeout(resolve, file.chunkDelayMs));
    }
    res.end();
  }

  private end(res: ServerResponse, entry: RequestLog, status: number): void {
    entry.status = status;
    res.statusCode = status;
    res.end();
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Deterministic test bytes, different per seed. */
export function testBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let block = Buffer.alloc(0);
  for (let i = 0; i < length; i++) {
    if (i % 32 === 0) block = createHash('sha256').update(`${seed}:${i}`).digest();
    out[i] = block[i % 32]!;
  }
  return out;
}

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
