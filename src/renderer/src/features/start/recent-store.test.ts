import { afterEach, describe, expect, it, vi } from 'vitest';
import { StudioError } from '../../../../shared/errors';
import type { RecentProject } from '../../../../shared/project';
import { createFakeStudio } from '../../testing/fake-studio';
import { deferred } from '../../testing/deferred';
import { useRecentStore } from './recent-store';

function entry(path: string): RecentProject {
  return { path, title: 'Pride and Prejudice', author: 'Jane Austen', openedAt: '2026-11-23T10:00:00.000Z' };
}


afterEach(() => {
  vi.unstubAllGlobals();
  useRecentStore.setState({ items: [], loaded: false, loading: false, error: null });
});

describe('recent store', () => {
  it('is busy while a reload is on its way, and keeps the old list on screen meanwhile', async () => {
    const answer = deferred<RecentProject[]>();
    vi.stubGlobal('window', { studio: createFakeStudio({ 'recent.list': () => answer.promise }) });
    useRecentStore.setState({ items: [entry('/a.dramatis')], loaded: true });

    const load = useRecentStore.getState().load();
    expect(useRecentStore.getState()).toMatchObject({ loading: true, items: [entry('/a.dramatis')] });

    answer.resolve([entry('/b.dramatis'), entry('/a.dramatis')]);
    await load;
    expect(useRecentStore.getState()).toMatchObject({ loading: false, loaded: true, items: [entry('/b.dramatis'), entry('/a.dramatis')] });
  });

  it('does not bring back an entry removed while an older reload was still on its way', async () => {
    const listed = deferred<RecentProject[]>();
    vi.stubGlobal('window', {
      studio: createFakeStudio({
        'recent.list': () => listed.promise,
        'recent.forget': ({ path }) => [entry('/a.dramatis'), entry('/b.dramatis')].filter((e) => e.path !== path),
      }),
    });
    const load = useRecentStore.getState().load();
    await useRecentStore.getState().forget('/b.dramatis');
    listed.resolve([entry('/a.dramatis'), entry('/b.dramatis')]);
    await load;

    expect(useRecentStore.getState().items).toEqual([entry('/a.dramatis')]);
    expect(useRecentStore.getState().loading).toBe(false);
  });

  it('shows why the list could not be read, and stops being busy', async () => {
    vi.stubGlobal('window', {
      studio: createFakeStudio({
        'recent.list': () => {
          throw new StudioError('PROJECT_ERROR', 'The list of recent projects could not be read.');
        },
      }),
    });
    await useRecentStore.getState().load();
    expect(useRecentStore.getState()).toMatchObject({ loading: false, loaded: true });
    expect(useRecentStore.getState().error?.message).toBe('The list of recent projects could not be read.');
  });
});
