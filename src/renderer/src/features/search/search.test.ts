import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchMatch } from '../../../../shared/script-editing';
import { connectScriptChanges } from '../../app/connect-script-changes';
import { createFakeStudio, type FakeStudio } from '../../testing/fake-studio';
import { change, chapter } from '../../testing/script-fixtures';
import { excerptParts } from './match-excerpt';
import { useSearchStore } from './search-store';

const match = (fields: Partial<SearchMatch>): SearchMatch => ({ segmentId: 1, chapterId: 1, start: 0, end: 0, excerpt: '', ...fields });

describe('a match in its excerpt', () => {
  it('splits the excerpt around the matched words', () => {
    const text = 'It is a truth universally acknowledged, that a single man';
    expect(excerptParts(match({ start: 8, end: 13, excerpt: '…is a truth universally…' }), text)).toEqual({ before: '…is a ', match: 'truth', after: ' universally…' });
  });

  it('shows the excerpt plain when the line is not on screen or the words are not in it', () => {
    expect(excerptParts(match({ start: 0, end: 4, excerpt: 'abc' }), null)).toEqual({ before: 'abc', match: '', after: '' });
    expect(excerptParts(match({ start: 0, end: 4, excerpt: 'abc' }), 'wxyz')).toEqual({ before: 'abc', match: '', after: '' });
  });
});

describe('the search store', () => {
  let fake: FakeStudio;
  let stop: () => void = () => undefined;
  let left = 2;
  const search = () => useSearchStore.getState();

  beforeEach(() => {
    left = 2;
    useSearchStore.getState().reset();
    fake = createFakeStudio({
      'script.search': () => Array.from({ length: left }, (_, i) => match({ segmentId: i + 1, start: 0, end: 5, excerpt: 'Lizzy said' })),
      'script.replace': ({ segmentIds }) => {
        left -= segmentIds ? segmentIds.length : left;
        return change([chapter(1, [])]);
      },
    });
    vi.stubGlobal('window', { studio: fake });
    stop = connectScriptChanges();
  });
  afterEach(() => {
    stop();
    vi.unstubAllGlobals();
  });

  it('searches with the options chosen', async () => {
    search().setQuery('Lizzy');
    search().setOptions({ wholeWord: true });
    await search().search();
    expect(fake.calls[0]).toEqual({ name: 'script.search', input: { query: 'Lizzy', caseSensitive: false, wholeWord: true } });
    expect(search()).toMatchObject({ searched: 'Lizzy', searching: false });
    expect(search().matches).toHaveLength(2);
  });

  it('replaces in one line, then everywhere, searching again after each', async () => {
    search().setQuery('Lizzy');
    search().setReplacement('Elizabeth');
    await search().search();
    await search().replaceIn(2);
    expect(fake.calls.find((c) => c.name === 'script.replace')?.input).toEqual({ query: 'Lizzy', caseSensitive: false, wholeWord: false, replacement: 'Elizabeth', segmentIds: [2] });
    await vi.waitFor(() => expect(search().matches).toHaveLength(1));
    expect(search().notice).toBe('Replaced 1 match.');
    await search().replaceAll();
    expect(fake.calls.filter((c) => c.name === 'script.replace').at(-1)?.input).not.toHaveProperty('segmentIds');
    await vi.waitFor(() => expect(search().matches).toHaveLength(0));
  });

  it('clears the results for an empty query without asking', async () => {
    await search().search();
    expect(fake.calls).toHaveLength(0);
    expect(search().searched).toBeNull();
  });
});
