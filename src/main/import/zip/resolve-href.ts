export interface ResolvedHref {
  /** The entry name inside the archive. */
  path: string;
  /** The fragment without `#`, or '' when the link names the whole file. */
  fragment: string;
}

/**
 * Resolves a link found in `basePath` (an entry of the archive) to another entry. Links to other
 * sites, data URLs and paths that climb above the archive's root resolve to null: they are never
 * followed.
 */
export function resolveHref(basePath: string, href: string): ResolvedHref | null {
  const trimmed = href.trim();
  if (trimmed === '' || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(trimmed)) return null;
  const hash = trimmed.indexOf('#');
  const rawPath = (hash < 0 ? trimmed : trimmed.slice(0, hash)).split('?')[0] ?? '';
  const fragment = hash < 0 ? '' : decode(trimmed.slice(hash + 1));
  if (rawPath === '') return { path: basePath, fragment };
  const decoded = decode(rawPath);
  const segments = decoded.startsWith('/') ? [] : basePath.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  return segments.length === 0 ? null : { path: segments.join('/'), fragment };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
