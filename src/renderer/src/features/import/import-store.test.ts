import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ManuscriptSource } from '../../../../shared/contract';
import type { JobEvent } from '../../../../shared/progress';
import type { ProjectSummary } from '../../../../shared/project';
import { createFakeStudio, type FakeHandlers, type FakeStudio } from '../../testing/fake-studio';
import { manualAnimationFrames, progressEvent } from '../../testing/job-fixtures';
import { useProjectStore } from '../project/project-store';
import { useImportStore } from './import-store';

const SOURCE: ManuscriptSource = { kind: 'bytes', name: 'carol.epub', data: new Uint8Array([1, 2, 3]) };

const PROJECT: ProjectSummary = {
  path: '/projects/A Christmas Carol.dramatis',
  book: { title: 'A Christmas Carol', author: 'Charles Dickens', language: 'en', format: 'epub' },
  sourceName: 'carol.epub',
  chapters: [
    { id: 1, index: 0, title: 'Titlepage', kind: 'front-matter', role: 'title-page', included: false, wordCount: 9, paragraphCount: 2 },
    { id: 2, index: 1, title: 'Stave One', kind: 'body', role: null, included: true, wordCount: 5000, paragraphCount: 90 },
  ],
  warnings: [],
};

const progress = (jobId: string, current: number, total: number): JobEvent => progressEvent('import', jobId, current, total, 'Reading carol.epub');

let nextFrame: () => void;

async function load(handlers: FakeHandlers): Promise<{ fake: FakeStudio; stores: { useImportStore: typeof useImportStore; useProjectStore: typeof useProjectStore } }> {
  const fake = createFakeStudio(handlers, { pickManuscript: () => Promise.resolve(SOURCE) });
  vi.stubGlobal('window', { studio: fake });
  fake.on('job', (event) => useImportStore.getState().receive(event));
  return { fake, stores: { useImportStore, useProjectStore } };
}

beforeEach(() => {
  useImportStore.setState(useImportStore.getInitialState(), true);
  useProjectStore.setState(useProjectStore.getInitialState(), true);
  nextFrame = manualAnimationFrames();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the import store', () => {
  it('keeps the events that arrive before the job id, and shows a refusal that came first', async () => {
    const loaded = await load({
      'import.start': () => {
        // The engine refuses the file at once: its `failed` event overtakes the reply.
        loaded.fake.emit('job', { type: 'failed', jobId: 'job-1', kind: 'import', error: { code: 'UNSUPPORTED_FORMAT', message: 'This is not a manuscript.' } });
        loaded.fake.emit('job', { type: 'failed', jobId: 'other', kind: 'import', error: { code: 'INTERNAL', message: 'Not ours.' } });
        return { jobId: 'job-1' };
      },
    });
    const { useImportStore } = loaded.stores;
    await useImportStore.getState().openFromDialog();
    expect(useImportStore.getState()).toMatchObject({
      phase: 'idle',
      error: { code: 'UNSUPPORTED_FORMAT', message: 'This is not a manuscript.' },
    });
  });

  it('applies progress at most once a frame, the latest only, and opens the project when done', async () => {
    const { fake, stores } = await load({
      'import.start': () => ({ jobId: 'job-2' }),
      'project.current': () => PROJECT,
    });
    const { useImportStore, useProjectStore } = stores;
    await useImportStore.getState().openFromDialog();
    expect(useImportStore.getState()).toMatchObject({ phase: 'running', jobId: 'job-2', fileName: 'carol.epub' });
    expect(fake.calls.find((c) => c.name === 'import.start')?.input).toEqual({ source: SOURCE });

    for (let i = 1; i <= 5; i++) fake.emit('job', progress('job-2', i, 10));
    fake.emit('job', progress('someone-else', 9, 10));
    expect(useImportStore.getState().progress).toBeNull();
    nextFrame();
    expect(useImportStore.getState().progress).toMatchObject({ current: 5, total: 10 });

    fake.emit('job', progress('job-2', 6, 10));
    fake.emit('job', { type: 'completed', jobId: 'job-2', kind: 'import' });
    nextFrame();
    expect(useImportStore.getState().phase).toBe('finishing');
    await vi.waitFor(() => expect(useImportStore.getState().phase).toBe('idle'));
    expect(useProjectStore.getState()).toMatchObject({ status: 'open', project: { path: PROJECT.path } });
  });

  it('cancels the running job and says so', async () => {
    const { fake, stores } = await load({
      'import.start': () => ({ jobId: 'job-3' }),
      'job.cancel': ({ jobId }) => {
        fake.emit('job', { type: 'cancelled', jobId, kind: 'import' });
        return { cancelled: true };
      },
    });
    const { useImportStore } = stores;
    await useImportStore.getState().openFromDialog();
    await useImportStore.getState().cancel();
    expect(fake.calls.at(-1)).toEqual({ name: 'job.cancel', input: { jobId: 'job-3' } });
    expect(useImportStore.getState()).toMatchObject({ phase: 'idle', error: null, notice: 'The import was cancelled.' });
  });

  it('does nothing when the user closes the file chooser', async () => {
    const { fake, stores } = await load({});
    fake.platform.pickManuscript = () => Promise.resolve(null);
    await stores.useImportStore.getState().openFromDialog();
    expect(stores.useImportStore.getState()).toMatchObject({ phase: 'idle', error: null });
    expect(fake.calls).toEqual([]);
  });

  it('shows a request that was refused outright', async () => {
    const { stores } = await load({});
    await stores.useImportStore.getState().openFromDialog();
    expect(stores.useImportStore.getState()).toMatchObject({ phase: 'idle', error: { code: 'INVALID_REQUEST' } });
  });
});

describe('choosing a file', () => {
  it('lets the user start over while a chooser is open, and ignores the abandoned one', async () => {
    const { fake, stores } = await load({ 'import.start': () => ({ jobId: 'job-4' }) });
    const { useImportStore } = stores;
    let abandon: (value: null) => void = () => undefined;
    fake.platform.pickManuscript = () => new Promise((resolve) => (abandon = resolve));
    const first = useImportStore.getState().openFromDialog();
    expect(useImportStore.getState().phase).toBe('choosing');

    await useImportStore.getState().openFile(new File([new Uint8Array([1])], 'dropped.txt'));
    expect(useImportStore.getState()).toMatchObject({ phase: 'running', jobId: 'job-4', fileName: 'dropped.txt' });
    abandon(null);
    await first;
    expect(useImportStore.getState()).toMatchObject({ phase: 'running', jobId: 'job-4' });
  });
});
