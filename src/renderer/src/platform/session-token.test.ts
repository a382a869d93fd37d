import { describe, expect, it } from 'vitest';
import { takeSessionToken } from './session-token';

function page(href: string) {
  const store = new Map<string, string>();
  const storage = {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
  } as Storage;
  const replaced: string[] = [];
  const history = { state: null, replaceState: (_s: unknown, _t: string, url: string) => void replaced.push(url) } as unknown as History;
  return { location: new URL(href) as unknown as Location, history, storage, replaced };
}

describe('takeSessionToken', () => {
  it('takes the token from the URL, keeps it for the session and removes it from the address bar', () => {
    const p = page('http://127.0.0.1:5000/?token=abc123&view=x#top');
    expect(takeSessionToken(p.location, p.history, p.storage)).toBe('abc123');
    expect(p.replaced).toEqual(['/?view=x#top']);
    const reloaded = page('http://127.0.0.1:5000/?view=x#top');
    expect(takeSessionToken(reloaded.location, reloaded.history, p.storage)).toBe('abc123');
    expect(reloaded.replaced).toEqual([]);
  });

  it('has no token when neither the URL nor the session has one', () => {
    const p = page('http://127.0.0.1:5000/');
    expect(takeSessionToken(p.location, p.history, p.storage)).toBeNull();
    expect(takeSessionToken(p.location, p.history, null)).toBeNull();
  });

  it('still works when storage refuses', () => {
    const p = page('http://127.0.0.1:5000/?token=t');
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } } as unknown as Storage;
    expect(takeSessionToken(p.location, p.history, refusing)).toBe('t');
    expect(p.replaced).toEqual(['/']);
  });
});
