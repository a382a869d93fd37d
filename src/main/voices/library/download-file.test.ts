import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { downloadFile, type DownloadTarget } from './download-file';
import { DownloadTestServer, sha256Of, testBytes } from './testing/download-test-server';
import { rejectionOf } from '../../testing/refusals';

const SIZE = 200 * 1024;
const content = testBytes(SIZE, 1);
const fast = { retryDelayMs: 5, idleTimeoutMs: 2_000 };

let server: DownloadTestServer;
let base: string;
let dir: string;

beforeEach(async () => {
  server = new DownloadTestServer();
  base = await server.start();
  dir = mkdtempSync(join(tmpdir(), 'dramatis-download-'));
});

afterEach(async () => {
  await server.stop();
});

function target(paths: string[], sha256: string | null = sha256Of(content)): DownloadTarget {
  return { urls: paths.map((p) => base + p), sha256, sizeBytes: SIZE, destination: join(dir, 'voice.onnx') };
}

function expectDownloaded(t: DownloadTarget): void {
  expect(readFileSync(t.destination).equals(content)).toBe(true);
  expect(existsSync(`${t.destination}.part`)).toBe(false);
  expect(existsSync(`${t.destination}.part.json`)).toBe(false);
}

describe('downloadFile', () => {
  it('downloads a whole file, verifies it and reports bytes up to the total', async () => {
    server.serve('/a.onnx', { body: content, etag: '"v1"' });
    const t = target(['/a.onnx']);
    const seen: number[] = [];
    await downloadFile(t, { ...fast, onBytes: (b) => seen.push(b) });
    expectDownloaded(t);
    expect(seen.at(-1)).toBe(SIZE);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(server.requestsFor('/a.onnx').map((r) => r.status)).toEqual([200]);
  });

  it('resumes a .part left by an earlier run with a Range request guarded by If-Range', async () => {
    server.serve('/a.onnx', { body: content, etag: '"v1"' });
    const t = target(['/a.onnx']);
    const kept = 70_000;
    writeFileSync(`${t.destination}.part`, content.subarray(0, kept));
    writeFileSync(`${t.destination}.part.json`, JSON.stringify({ url: `${base}/a.onnx`, validator: '"v1"' }));
    const seen: number[] = [];
    await downloadFile(t, { ...fast, onBytes: (b) => seen.push(b) });
    expectDownloaded(t);
    const [request] = server.requestsFor('/a.onnx');
    expect(request).toMatchObject({ range: `bytes=${kept}-`, ifRange: '"v1"', status: 206, bytesSent: SIZE - kept });
    expect(seen[0]).toBe(kept);
  });

  it('starts again from zero when the server ignores the range', async () => {
    server.serve('/a.onnx', { body: content, etag: '"v1"', ignoreRange: true });
    const t = target(['/a.onnx']);
    // Bytes that are not the file's: appending to them would fail the hash.
    writeFileSync(`${t.destination}.part`, testBytes(50_000, 99));
    writeFileSync(`${t.destination}.part.json`, JSON.stringify({ url: `${base}/a.onnx`, validator: '"v1"' }));
    await downloadFile(t, fast);
    expectDownloaded(t);
    expect(server.requestsFor('/a.onnx')).toMatchObject([{ range: 'bytes=50000-', status: 200, bytesSent: SIZE }]);
  });

  it('starts again from zero when the file changed since the .part was written (If-Range)', async () => {
    server.serve('/a.onnx', { body: content, etag: '"v2"' });
    const t = target(['/a.onnx']);
    writeFileSync(`${t.destination}.part`, testBytes(50_000, 98));
    writeFileSync(`${t.destination}.part.json`, JSON.stringify({ url: `${base}/a.onnx`, validator: '"v1"' }));
    await downloadFile(t, fast);
    expectDownloaded(t);
    expect(server.requestsFor('/a.onnx')).toMatchObject([{ ifRange: '"v1"', status: 200 }]);
  });

  it('resumes after the connection drops mid-body', async () => {
    server.serve('/a.onnx', { body: content, etag: '"v1"', dropAfter: { bytes: 64 * 1024, times: 2 } });
    const t = target(['/a.onnx']);
    await downloadFile(t, fast);
    expectDownloaded(t);
    const requests = server.requestsFor('/a.onnx');
    expect(requests.map((r) => [r.status, r.range])).toEqual([
      [200, undefined],
      [206, 'bytes=65536-'],
      [206, 'bytes=131072-'],
    ]);
    expect(requests.reduce((sum, r) => sum + r.bytesSent, 0)).toBe(SIZE);
  });

  it('deletes a file whose hash does not match and says so', async () => {
    server.serve('/a.onnx', { body: testBytes(SIZE, 2), etag: '"v1"' });
    const t = target(['/a.onnx']);
    const error = await rejectionOf(downloadFile(t, fast));
    expect(error.code).toBe('HASH_MISMATCH');
    expect(error.message).toMatch(/voice\.onnx arrived damaged or altered.*deleted/);
    expect(existsSync(t.destination)).toBe(false);
    expect(existsSync(`${t.destination}.part`)).toBe(false);
  });

  it('keeps an unverified download when the catalogue has no hash', async () => {
    server.serve('/a.onnx', { body: content });
    const t = target(['/a.onnx'], null);
    await downloadFile(t, fast);
    expectDownloaded(t);
  });

  it('moves on to the next mirror after a 404', async () => {
    server.serve('/b.onnx', { body: content, etag: '"v1"' });
    const t = target(['/missing.onnx', '/b.onnx']);
    await downloadFile(t, fast);
    expectDownloaded(t);
    expect(server.requestsFor('/missing.onnx').map((r) => r.status)).toEqual([404]);
  });

  it('retries a server error at the same address before giving up on it', async () => {
    server.serve('/busy.onnx', { body: content, status: 503 });
    const t = target(['/busy.onnx']);
    const error = await rejectionOf(downloadFile(t, { ...fast, attemptsPerUrl: 3 }));
    expect(error.code).toBe('DOWNLOAD_FAILED');
    expect(error.message).toMatch(/HTTP 503/);
    expect(server.requestsFor('/busy.onnx')).toHaveLength(3);
  });

  it('refuses a size other than the catalogue says', async () => {
    server.serve('/short.onnx', { body: content.subarray(0, 1000) });
    const error = await rejectionOf(downloadFile(target(['/short.onnx']), fast));
    expect(error.code).toBe('DOWNLOAD_FAILED');
    expect(error.message).toMatch(/offers 1000 bytes, the catalogue expects 204800/);
  });

  it('follows http redirects but refuses one to another scheme', async () => {
    server.serve('/moved.onnx', { body: content, location: '/a.onnx' });
    server.serve('/a.onnx', { body: content, etag: '"v1"' });
    server.serve('/sneaky.onnx', { body: content, location: 'file:///etc/passwd' });
    const sneaky = await rejectionOf(downloadFile(target(['/sneaky.onnx']), fast));
    expect(sneaky.code).toBe('DOWNLOAD_FAILED');
    expect(sneaky.message).toMatch(/refused to fetch file: address/);
    const t = target(['/moved.onnx']);
    await downloadFile(t, fast);
    expectDownloaded(t);
  });

  it('cancels midway keeping the .part, and a later run resumes it', async () => {
    server.serve('/slow.onnx', { body: content, etag: '"v1"', chunkDelayMs: 15 });
    const t = target(['/slow.onnx']);
    const controller = new AbortController();
    const error = await rejectionOf(
      downloadFile(t, { ...fast, signal: controller.signal, onBytes: (b) => b >= 64 * 1024 && controller.abort() }),
    );
    expect(error.code).toBe('CANCELLED');
    expect(existsSync(t.destination)).toBe(false);
    const kept = statSync(`${t.destination}.part`).size;
    expect(kept).toBeGreaterThanOrEqual(64 * 1024);
    expect(kept).toBeLessThan(SIZE);

    await downloadFile(t, fast);
    expectDownloaded(t);
    expect(server.requestsFor('/slow.onnx').at(-1)).toMatchObject({ range: `bytes=${kept}-`, ifRange: '"v1"', status: 206 });
  });

  it('reports every address that failed when none works', async () => {
    const error = await rejectionOf(downloadFile(target(['/x.onnx', '/y.onnx']), fast));
    expect(error.code).toBe('DOWNLOAD_FAILED');
    expect(error.message).toContain('/x.onnx answered HTTP 404');
    expect(error.message).toContain('/y.onnx answered HTTP 404');
  });
});
