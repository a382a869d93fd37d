import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { StudioError } from '../../../shared/errors';
import { DownloadError } from './download-error';

export interface HttpGetOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
  maxRedirects?: number;
  /** A connection silent for this long counts as dropped. */
  idleTimeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  headers: IncomingMessage['headers'];
  body: IncomingMessage;
  /** The address that answered, after redirects. */
  url: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * A GET that follows redirects only to http(s) addresses (a catalogue host redirecting to `file:` or
 * `ftp:` is refused), honours an AbortSignal and treats a silent connection as dropped.
 */
export async function httpGet(url: string, options: HttpGetOptions = {}): Promise<HttpResponse> {
  const maxRedirects = options.maxRedirects ?? 5;
  let current = new URL(url);
  for (let hop = 0; ; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      throw new DownloadError(`refused to fetch ${current.protocol} address ${current.href}; only http and https are allowed`, false);
    }
    const response = await getOnce(current, options);
    if (!REDIRECTS.has(response.status)) return response;
    response.body.resume();
    const location = response.headers.location;
    if (!location) throw new DownloadError(`${current.href} redirected without saying where to`, false);
    if (hop >= maxRedirects) throw new DownloadError(`${url} redirected more than ${maxRedirects} times`, false);
    current = new URL(location, current);
  }
}

function getOnce(url: URL, options: HttpGetOptions): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(cancelled());
      return;
    }
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, { method: 'GET', headers: { 'user-agent': 'Dramatis', ...options.headers } });
    const onAbort = (): void => {
      req.destroy(cancelled());
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    req.setTimeout(options.idleTimeoutMs ?? 30_000, () => {
      req.destroy(new DownloadError(`${url.host} stopped answering`, true));
    });
    req.on('response', (res) => {
      res.on('close', () => options.signal?.removeEventListener('abort', onAbort));
      resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res, url: url.href });
    });
    req.on('error', (error) => {
      options.signal?.removeEventListener('abort', onAbort);
      if (options.signal?.aborted) reject(cancelled());
      else if (error instanceof StudioError || error instanceof DownloadError) reject(error);
      else reject(new DownloadError(`could not reach ${url.host}: ${error.message}`, true));
    });
    req.end();
  });
}

export function cancelled(): StudioError {
  return new StudioError('CANCELLED', 'The download was cancelled.');
}
