const STORAGE_KEY = 'dramatis.token';

/**
 * The browser-mode server's per-launch token. It arrives once in the launch URL (`?token=`); it is then
 * kept in this tab's sessionStorage and taken out of the address bar, so it does not end up in the
 * history, in bookmarks or in a screenshot, and a reload still works.
 */
export function takeSessionToken(location: Location, history: History, storage: Storage | null): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    safely(() => storage?.setItem(STORAGE_KEY, fromUrl));
    url.searchParams.delete('token');
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return safely(() => storage?.getItem(STORAGE_KEY) ?? null) ?? null;
}

/** Storage can throw (disabled by policy, quota); the token then lives only as long as the page. */
function safely<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}
