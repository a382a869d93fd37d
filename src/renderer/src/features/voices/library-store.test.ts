import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VoiceListing } from '../../../../shared/requests/voice-requests';
import { createFakeStudio, type FakeHandlers, type FakeStudio } from '../../testing/fake-studio';
import { progressEvent } from '../../testing/job-fixtures';
import { useLibraryStore } from './library-store';

const listing = (installing: VoiceListing['installing'] = []): VoiceListing => ({ voices: [], packages: [], mirror: '', installing });

function install(handlers: FakeHandlers): FakeStudio {
  const fake = createFakeStudio(handlers);
  vi.stubGlobal('window', { studio: fake });
  return fake;
}

beforeEach(() => useLibraryStore.setState(useLibraryStore.getInitialState(), true));
afterEach(() => vi.unstubAllGlobals());

const progress = (jobId: string, current: number) => progressEvent('download', jobId, current, 100, 'Installing');

describe('the library store', () => {
  it('loads the voices of the book’s language, or of all', async () => {
    const fake = install({ 'voices.list': () => listing() });
    await useLibraryStore.getState().load('en-GB');
    await useLibraryStore.getState().load(null);
    expect(fake.calls.map((c) => c.input)).toEqual([{ language: 'en-GB' }, {}]);
    expect(useLibraryStore.getState()).toMatchObject({ status: 'ready', language: null });
  });

  it('follows an install’s progress by its job, even progress that came before the job id', async () => {
    const fake = install({
      'voices.install': () => {
        useLibraryStore.getState().receiveJob(progress('dl-1', 10));
        return { packageKey: 'piper/alba', jobId: 'dl-1' };
      },
      'job.cancel': () => ({ cancelled: true }),
    });
    await useLibraryStore.getState().install('piper:alba');
    expect(fake.calls[0]!.input).toEqual({ catalogueId: 'piper:alba', allowUnverified: false });
    expect(useLibraryStore.getState().installs).toEqual({ 'piper/alba': 'dl-1' });
    expect(useLibraryStore.getState().progress['dl-1']?.current).toBe(10);
    useLibraryStore.getState().receiveJob(progress('dl-1', 60));
    expect(useLibraryStore.getState().progress['dl-1']?.current).toBe(60);

    await useLibraryStore.getState().cancel('piper/alba');
    expect(fake.calls.at(-1)).toEqual({ name: 'job.cancel', input: { jobId: 'dl-1' } });
    useLibraryStore.getState().receiveJob({ type: 'cancelled', jobId: 'dl-1', kind: 'download' });
    expect(useLibraryStore.getState()).toMatchObject({ installs: {}, progress: {}, error: null });
  });

  it('shows why an install failed, and ignores other jobs', async () => {
    install({ 'voices.install': () => ({ packageKey: 'piper/alba', jobId: 'dl-2' }) });
    await useLibraryStore.getState().install('piper:alba', true);
    useLibraryStore.getState().receiveJob({ type: 'failed', jobId: 'render-1', kind: 'render', error: { code: 'INTERNAL', message: 'x' } });
    expect(useLibraryStore.getState().error).toBeNull();
    useLibraryStore.getState().receiveJob({ type: 'failed', jobId: 'dl-2', kind: 'download', error: { code: 'HASH_MISMATCH', message: 'The file is damaged.' } });
    expect(useLibraryStore.getState()).toMatchObject({ installs: {}, error: { code: 'HASH_MISMATCH' } });
  });

  it('keeps a mirror the engine accepts', async () => {
    install({ 'voices.setMirror': ({ mirror }) => ({ ...listing(), mirror }) });
    expect(await useLibraryStore.getState().setMirror('https://mirror.example/hf')).toBe(true);
    expect(useLibraryStore.getState().mirror).toBe('https://mirror.example/hf');
  });
});
