import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StudioError } from '../../../../shared/errors';
import type { ChapterSummary, ProjectSummary } from '../../../../shared/project';
import { createFakeStudio, type FakeHandlers, type FakeStudio } from '../../testing/fake-studio';
import { useProjectStore } from './project-store';

const chapters: ChapterSummary[] = [
  { id: 10, index: 0, title: 'Titlepage', kind: 'front-matter', role: 'title-page', included: false, wordCount: 8, paragraphCount: 2 },
  { id: 11, index: 1, title: 'Chapter I', kind: 'body', role: null, included: true, wordCount: 850, paragraphCount: 20 },
  { id: 12, index: 2, title: 'Chapter II', kind: 'body', role: null, included: true, wordCount: 700, paragraphCount: 15 },
];
const PROJECT: ProjectSummary = {
  path: '/p/Pride and Prejudice.dramatis',
  book: { title: 'Pride and Prejudice', author: 'Jane Austen', language: 'en', format: 'epub' },
  sourceName: 'pride-and-prejudice.epub',
  chapters,
  warnings: [],
};

async function load(handlers: FakeHandlers): Promise<{ fake: FakeStudio; useProjectStore: typeof useProjectStore }> {
  const fake = createFakeStudio(handlers);
  vi.stubGlobal('window', { studio: fake });
  return { fake, useProjectStore };
}

beforeEach(() => {
  useProjectStore.setState(useProjectStore.getInitialState(), true);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the project store', () => {
  it('opens a project', async () => {
    const { useProjectStore } = await load({ 'project.open': () => PROJECT });
    await useProjectStore.getState().open(PROJECT.path);
    expect(useProjectStore.getState()).toMatchObject({ status: 'open', openingPath: null, error: null, project: { path: PROJECT.path } });
  });

  it('shows a project that fails to open, and stays closed', async () => {
    const { useProjectStore } = await load({
      'project.current': () => null,
      'project.open': () => {
        throw new StudioError('NOT_FOUND', 'The project file is gone.');
      },
    });
    await useProjectStore.getState().loadCurrent();
    await useProjectStore.getState().open('/gone.dramatis');
    expect(useProjectStore.getState()).toMatchObject({ status: 'closed', project: null, error: { code: 'NOT_FOUND' } });
  });

  it('toggles a chapter at once, keeps the engine’s answer, and undoes a refused toggle', async () => {
    let refuse = false;
    const { useProjectStore } = await load({
      'project.current': () => PROJECT,
      'project.setChapterIncluded': ({ chapterId, included }) => {
        if (refuse) throw new StudioError('PROJECT_ERROR', 'The project is read-only.');
        return { ...chapters.find((c) => c.id === chapterId)!, included };
      },
    });
    await useProjectStore.getState().loadCurrent();
    const before = useProjectStore.getState().project!.chapters;

    const pending = useProjectStore.getState().setChapterIncluded(10, true);
    expect(useProjectStore.getState().project!.chapters[0]!.included).toBe(true);
    await pending;
    const after = useProjectStore.getState().project!.chapters;
    expect(after[0]!.included).toBe(true);
    expect(after[1]).toBe(before[1]);

    refuse = true;
    await useProjectStore.getState().setChapterIncluded(11, false);
    expect(useProjectStore.getState().project!.chapters[1]!.included).toBe(true);
    expect(useProjectStore.getState().error).toMatchObject({ code: 'PROJECT_ERROR' });
  });

  it('follows the engine when another window closes or changes the project', async () => {
    let current: ProjectSummary = PROJECT;
    const { useProjectStore } = await load({
      'project.current': () => current,
    });
    await useProjectStore.getState().loadCurrent();
    const sidebar = useProjectStore.getState().project!.chapters;

    await useProjectStore.getState().projectChanged(PROJECT.path);
    expect(useProjectStore.getState().project!.chapters).toBe(sidebar);

    current = { ...PROJECT, chapters: [chapters[0]!, { ...chapters[1]!, included: false }, chapters[2]!] };
    await useProjectStore.getState().projectChanged(PROJECT.path);
    expect(useProjectStore.getState().project!.chapters[1]!.included).toBe(false);
    expect(useProjectStore.getState().project!.chapters[2]).toBe(sidebar[2]);

    await useProjectStore.getState().projectChanged(null);
    expect(useProjectStore.getState()).toMatchObject({ status: 'closed', project: null });
  });
});
