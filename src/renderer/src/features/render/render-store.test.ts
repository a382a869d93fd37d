import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobEvent } from '../../../../shared/progress';
import type { RenderState } from '../../../../shared/requests/render-requests';
import { StudioError } from '../../../../shared/errors';
import { DEFAULT_PAUSES } from '../../../../shared/render';
import type { StudioPlatform } from '../../../../shared/contract';
import { createFakeStudio, type FakeHandlers, type FakeStudio } from '../../testing/fake-studio';
import { manualAnimationFrames, progressEvent } from '../../testing/job-fixtures';
import { useRenderStore } from './render-store';

function state(patch: Partial<RenderState> = {}): RenderState {
  return {
    chapters: [
      { chapterId: 1, title: 'Stave One', included: true, segments: 10, rendered: 0, stale: 0, exported: false },
      { chapterId: 2, title: 'Colophon', included: false, segments: 3, rendered: 0, stale: 0, exported: false },
    ],
    job: null,
    last: null,
    preflight: null,
    defaultOutDir: '/books/Carol audiobook',
    metadata: { title: 'A Christmas Carol', author: 'Charles Dickens', narrator: 'Dramatis (synthetic voices: eSpeak NG)', year: '', description: '', genre: '' },
    canExportEpub: true,
    pauses: DEFAULT_PAUSES,
    engines: ['espeak'],
    ...patch,
  };
}

const progress = (jobId: string, current: number, total: number): JobEvent => progressEvent('render', jobId, current, total, 'Synthesising Stave One', 30);

let nextFrame: () => void;

function load(handlers: FakeHandlers, platform: Partial<StudioPlatform> = {}): FakeStudio {
  const fake = createFakeStudio(handlers, platform);
  vi.stubGlobal('window', { studio: fake });
  fake.on('job', (event) => useRenderStore.getState().receive(event));
  return fake;
}

beforeEach(() => {
  useRenderStore.setState(useRenderStore.getInitialState(), true);
  nextFrame = manualAnimationFrames();
});
afterEach(() => vi.unstubAllGlobals());

describe('the render store', () => {
  it('starts a render with the choices, follows its progress, pauses, resumes and ends', async () => {
    let current = state();
    const fake = load({
      'render.state': () => current,
      'render.start': () => ({ jobId: 'r1' }),
      'render.pause': () => ({ paused: true }),
      'render.resume': () => ({ resumed: true }),
    });
    const store = useRenderStore.getState();
    await store.show();
    store.toggleFormat('mp3', true);
    store.setTarget('podcast');
    store.setOutDir('  /tmp/out  ');
    store.setMetadata({ narrator: 'Ann Reader', year: '' });
    store.setPause('sceneBreakMs', 3000);
    store.setPause('sentenceMs', 400);
    store.setPause('sentenceMs', null);
    current = state({ job: { jobId: 'r1', paused: false, progress: null } });
    await useRenderStore.getState().start();
    expect(fake.calls.find((c) => c.name === 'render.start')?.input).toEqual({
      formats: ['m4b', 'mp3'],
      target: 'podcast',
      outDir: '/tmp/out',
      metadata: { narrator: 'Ann Reader' },
      pauses: { sceneBreakMs: 3000 },
    });
    expect(useRenderStore.getState()).toMatchObject({ phase: 'running', jobId: 'r1' });

    fake.emit('job', progress('r1', 3, 10));
    fake.emit('job', progress('other', 9, 10));
    nextFrame();
    expect(useRenderStore.getState().progress).toMatchObject({ current: 3, total: 10 });

    await useRenderStore.getState().pause();
    expect(useRenderStore.getState().phase).toBe('paused');
    await useRenderStore.getState().resume();
    expect(useRenderStore.getState().phase).toBe('running');

    current = state({ last: { outDir: '/tmp/out', target: 'podcast', formats: ['m4b', 'mp3'], chapterIds: [1], files: ['Carol.m4b'], failed: [], synthesised: 10, assembledChapters: [1], warnings: [], at: 'now' } });
    fake.emit('job', { type: 'completed', jobId: 'r1', kind: 'render' });
    await vi.waitFor(() => expect(useRenderStore.getState().state?.last?.files).toEqual(['Carol.m4b']));
    expect(useRenderStore.getState()).toMatchObject({ phase: 'idle', jobId: null, notice: 'The render finished.' });
  });

  it('picks up a render already running after a reload, and cancels it', async () => {
    const fake = load({
      'render.state': () => state({ job: { jobId: 'r9', paused: true, progress: null } }),
      'job.cancel': () => ({ cancelled: true }),
    });
    await useRenderStore.getState().show();
    expect(useRenderStore.getState()).toMatchObject({ phase: 'paused', jobId: 'r9' });
    await useRenderStore.getState().cancel();
    expect(fake.calls.at(-1)).toEqual({ name: 'job.cancel', input: { jobId: 'r9' } });
    fake.emit('job', { type: 'cancelled', jobId: 'r9', kind: 'render' });
    expect(useRenderStore.getState()).toMatchObject({ phase: 'idle', notice: expect.stringContaining('cancelled') });
  });

  it('shows a refusal and forgets the choices of another project', async () => {
    let current = state();
    load({
      'render.state': () => current,
      'render.start': () => {
        throw new StudioError('FFMPEG_MISSING', 'FFmpeg was not found.');
      },
    });
    await useRenderStore.getState().show();
    useRenderStore.getState().setChapters([2]);
    await useRenderStore.getState().start();
    expect(useRenderStore.getState().phase).toBe('idle');
    expect(useRenderStore.getState().error).toEqual({ code: 'FFMPEG_MISSING', message: 'FFmpeg was not found.' });
    current = state({ defaultOutDir: '/books/Other audiobook' });
    await useRenderStore.getState().refresh();
    expect(useRenderStore.getState().choices.chapterIds).toBeNull();
  });
});

describe('choosing the output folder', () => {
  it('asks the desktop dialog, starting at the folder typed so far, and keeps the choice', async () => {
    const asked: string[] = [];
    const answers: Array<string | null> = ['/media/usb/Carol', null];
    load({ 'render.state': () => state() }, { kind: 'electron', pickFolder: (defaultPath) => (asked.push(defaultPath), Promise.resolve(answers.shift() ?? null)) });
    await useRenderStore.getState().show();
    expect(useRenderStore.getState().canChooseOutDir).toBe(true);

    await useRenderStore.getState().chooseOutDir();
    expect(useRenderStore.getState().choices.outDir).toBe('/media/usb/Carol');
    useRenderStore.getState().setOutDir('  /media/usb/Carol/mp3 ');
    await useRenderStore.getState().chooseOutDir();
    expect(asked).toEqual(['', '/media/usb/Carol/mp3']);
    expect(useRenderStore.getState().choices.outDir).toBe('  /media/usb/Carol/mp3 ');
  });

  it('shows a dialog that failed as an error and keeps the folder', async () => {
    load({ 'render.state': () => state() }, { kind: 'electron', pickFolder: () => Promise.reject(new StudioError('INTERNAL', 'The dialog could not open.')) });
    await useRenderStore.getState().show();
    useRenderStore.getState().setOutDir('/tmp/out');
    await useRenderStore.getState().chooseOutDir();
    expect(useRenderStore.getState().error).toEqual({ code: 'INTERNAL', message: 'The dialog could not open.' });
    expect(useRenderStore.getState().choices.outDir).toBe('/tmp/out');
  });

  it('offers no dialog in a browser, where the folder is typed', async () => {
    load({ 'render.state': () => state() });
    await useRenderStore.getState().show();
    expect(useRenderStore.getState().canChooseOutDir).toBe(false);
    useRenderStore.getState().setOutDir('/tmp/typed');
    await useRenderStore.getState().chooseOutDir();
    expect(useRenderStore.getState().choices.outDir).toBe('/tmp/typed');
  });

  it('frees up cache space on request and shows what was freed, or why it was refused', async () => {
    let refuse = false;
    let asked = 0;
    load({
      'render.state': () => state(),
      'render.pruneCache': () => {
        asked++;
        if (refuse) throw new StudioError('INVALID_REQUEST', 'A render of this project is under way; free up space when it has finished.');
        return { files: 12, bytes: 3_400_000 };
      },
    });
    await useRenderStore.getState().show();
    await useRenderStore.getState().pruneCache();
    expect(useRenderStore.getState()).toMatchObject({ freed: { files: 12, bytes: 3_400_000 }, pruning: false, error: null });
    refuse = true;
    await useRenderStore.getState().pruneCache();
    expect(useRenderStore.getState()).toMatchObject({ freed: null, pruning: false, error: { code: 'INVALID_REQUEST' } });
    useRenderStore.setState({ phase: 'running' });
    await useRenderStore.getState().pruneCache();
    expect(asked, 'not asked while a render runs').toBe(2);
  });
});
