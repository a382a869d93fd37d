import { StudioError } from '../../../shared/errors';

/**
 * Points a download at a mirror: the mirror's base URL replaces the scheme, host and port, and its
 * path is put before the original path (`https://hf-mirror.example/hf` + `/rhasspy/piper-voices/...`).
 * Without a mirror the URL is returned unchanged.
 */
export function mirrorUrl(url: string, mirrorBase?: string): string {
  const original = parseHttpUrl(url, 'download address');
  if (!mirrorBase) return original.href;
  const base = parseHttpUrl(mirrorBase, 'mirror');
  if (base.search || base.hash) {
    throw new StudioError('INVALID_REQUEST', `The mirror ${mirrorBase} must be a plain base address, without "?" or "#".`);
  }
  const prefix = base.pathname.replace(/\/+$/, '');
  return new URL(`${prefix}${original.pathname}${original.search}`, base.origin).href;
}

function parseHttpUrl(value: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new StudioError('INVALID_REQUEST', `The ${what} "${value}" is not a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new StudioError('INVALID_REQUEST', `The ${what} "${value}" must start with http:// or https://.`);
  }
  if (url.username || url.password) {
    throw new StudioError('INVALID_REQUEST', `The ${what} "${value}" must not carry a user name or password.`);
  }
  return url;
}
