import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StudioError, isStudioError } from '../../../shared/errors';
import { writeFileAtomic } from '../../settings/atomic-write';
import { retry } from '../../jobs/retry';
import { DownloadError, isTransientDownloadError } from './download-error';
import { cancelled, httpGet, type HttpResponse } from './http-get';

export interface DownloadTarget {
  /** Mirrors, tried in order. */
  urls: string[];
  /** Null downloads without verification; the caller has the user's consent for that. */
  sha256: string | null;
  sizeBytes: number;
  /** Absolute path of the finished file; `<destination>.part` holds the bytes until they are verified. */
  destination: string;
}

export interface DownloadFileOptions {
  signal?: AbortSignal;
  /** Bytes of this file on disk so far (including a resumed `.part`), after every chunk. */
  onBytes?: (bytesOnDisk: number) => void;
  /** Tries at one address before moving to the next. */
  attemptsPerUrl?: number;
  /** The pause before the first retry; later ones grow (see `retry`). */
  retryDelayMs?: number;
  idleTimeoutMs?: number;
}

/** What the server said about the bytes in `.part`, so a resume can ask for the same version (If-Range). */
interface PartInfo {
  url: string;
  validator: string | null;
}

/**
 * Downloads one file: resumes a `.part` left by an earlier run with an HTTP Range (guarded by If-Range
 * on the ETag or Last-Modified), restarts from zero when the server ignores the range, retries a
 * dropped connection with a growing pause, moves on to the next mirror when an address fails, verifies
 * the SHA-256 while the bytes stream in, and renames the file into place only when it matches.
 * Cancelling through the signal keeps the `.part` for the next run.
 */
export async function downloadFile(target: DownloadTarget, options: DownloadFileOptions = {}): Promise<void> {
  if (target.urls.length === 0) throw new StudioError('DOWNLOAD_FAILED', `No address is known for ${name(target)}.`);
  const failures: string[] = [];
  let mismatch: StudioError | null = null;
  for (const url of target.urls) {
    try {
      await retry(() => attempt(url, target, options), {
        attempts: options.attemptsPerUrl ?? 4,
        isTransient: isTransientDownloadError,
        delayMs: options.retryDelayMs ?? 500,
        signal: options.signal,
      });
      return;
    } catch (error) {
      if (options.signal?.aborted) throw cancelled();
      if (isStudioError(error) && error.code === 'HASH_MISMATCH') mismatch = error;
      else if (isStudioError(error) && error.code !== 'DOWNLOAD_FAILED') throw error;
      failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (mismatch) throw mismatch;
  throw new StudioError('DOWNLOAD_FAILED', `${name(target)} could not be downloaded. ${failures.join('; ')}`);
}

async function attempt(url: string, target: DownloadTarget, options: DownloadFileOptions): Promise<void> {
  if (options.signal?.aborted) throw cancelled();
  const part = `${target.destination}.part`;
  const infoFile = `${target.destination}.part.json`;
  let offset = existsSync(part) ? statSync(part).size : 0;
  if (offset > target.sizeBytes) {
    discard(part, infoFile);
    offset = 0;
  }
  if (offset === target.sizeBytes && target.sizeBytes > 0) {
    // A previous run got every byte but stopped before the check.
    await finish(target, part, infoFile, await hashFile(part));
    return;
  }
  const info = offset > 0 ? readPartInfo(infoFile) : null;
  const headers: Record<string, string> = {};
  if (offset > 0) {
    headers.range = `bytes=${offset}-`;
    if (info?.validator && info.url === url) headers['if-range'] = info.validator;
  }
  let response: HttpResponse;
  try {
    response = await httpGet(url, { headers, signal: options.signal, idleTimeoutMs: options.idleTimeoutMs });
  } catch (error) {
    throw options.signal?.aborted ? cancelled() : error;
  }
  const { status } = response;
  if (status === 416) {
    response.body.resume();
    discard(part, infoFile);
    throw new DownloadError(`${url} refused to continue from byte ${offset}; starting again`, true);
  }
  if (status !== 200 && status !== 206) {
    response.body.resume();
    throw new DownloadError(`${url} answered HTTP ${status}`, status >= 500 || status === 429 || status === 408);
  }
  const resuming = status === 206 && offset > 0;
  if (resuming) checkContentRange(response, offset, target);
  else checkLength(response, target);
  const start = resuming ? offset : 0;
  const hash = createHash('sha256');
  if (resuming) await hashInto(hash, part);
  else writeFileAtomic(infoFile, JSON.stringify({ url, validator: validatorOf(response) } satisfies PartInfo));

  let onDisk = start;
  options.onBytes?.(onDisk);
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      onDisk += chunk.length;
      if (onDisk > target.sizeBytes) {
        callback(new DownloadError(`${url} sent more than the ${target.sizeBytes} bytes expected`, false));
        return;
      }
      hash.update(chunk);
      options.onBytes?.(onDisk);
      callback(null, chunk);
    },
  });
  const out = createWriteStream(part, { flags: resuming ? 'a' : 'w' });
  try {
    await pipeline(response.body, counter, out);
  } catch (error) {
    // A write still in flight would land after the next attempt measured the .part.
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
    if (options.signal?.aborted) throw cancelled();
    if (error instanceof DownloadError) {
      if (!error.transient) discard(part, infoFile);
      throw error;
    }
    throw new DownloadError(`the connection to ${new URL(url).host} dropped after ${onDisk} bytes`, true);
  }
  if (onDisk < target.sizeBytes) {
    throw new DownloadError(`${url} ended after ${onDisk} of ${target.sizeBytes} bytes`, true);
  }
  await finish(target, part, infoFile, hash.digest('hex'));
}

async function finish(target: DownloadTarget, part: string, infoFile: string, actual: string): Promise<void> {
  if (target.sha256 !== null && actual !== target.sha256) {
    discard(part, infoFile);
    throw new StudioError(
      'HASH_MISMATCH',
      `${name(target)} arrived damaged or altered: its SHA-256 is ${actual}, the catalogue expects ${target.sha256}. It was deleted.`,
    );
  }
  renameSync(part, target.destination);
  rmSync(infoFile, { force: true });
}

function checkContentRange(response: HttpResponse, offset: number, target: DownloadTarget): void {
  const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(String(response.headers['content-range'] ?? '').trim());
  if (!match || Number(match[1]) !== offset) {
    response.body.resume();
    throw new DownloadError(`${response.url} sent a range that does not continue byte ${offset}`, true);
  }
  if (match[3] !== '*' && Number(match[3]) !== target.sizeBytes) {
    response.body.resume();
    throw new DownloadError(`${response.url} offers ${match[3]} bytes, the catalogue expects ${target.sizeBytes}`, false);
  }
}

function checkLength(response: HttpResponse, target: DownloadTarget): void {
  const length = response.headers['content-length'];
  if (length !== undefined && Number(length) !== target.sizeBytes) {
    response.body.resume();
    throw new DownloadError(`${response.url} offers ${length} bytes, the catalogue expects ${target.sizeBytes}`, false);
  }
}

function validatorOf(response: HttpResponse): string | null {
  const etag = response.headers.etag;
  // A weak ETag may not be used in If-Range (RFC 9110 13.1.5).
  if (etag && !etag.startsWith('W/')) return etag;
  return response.headers['last-modified'] ?? null;
}

function readPartInfo(file: string): PartInfo | null {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<PartInfo>;
    return typeof value.url === 'string' ? { url: value.url, validator: typeof value.validator === 'string' ? value.validator : null } : null;
  } catch {
    return null;
  }
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await hashInto(hash, path);
  return hash.digest('hex');
}

async function hashInto(hash: Hash, path: string): Promise<void> {
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
}

function discard(part: string, infoFile: string): void {
  rmSync(part, { force: true });
  rmSync(infoFile, { force: true });
}

function name(target: DownloadTarget): string {
  return target.destination.split(/[\\/]/).pop() ?? target.destination;
}
