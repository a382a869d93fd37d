import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StudioError } from '../../../../shared/errors';
import type { JobEvent } from '../../../../shared/progress';
import type { AuditionClip } from '../../../../shared/requests/voice-requests';
import { createFakeStudio, type FakeHandlers, type FakeStudio } from '../../testing/fake-studio';
import { useAuditionStore } from './audition-store';

const clip = (title: string): AuditionClip => ({
  wav: new Uint8Array([82, 73, 70, 70]),
  sampleRate: 22050,
  durationSeconds: 1.5,
  words: [],
  segments: [{ segmentId: 1, text: title, speaker: '', startSample: 0, endSample: 33075 }],
  cached: false,
  title,
});

function install(handlers: FakeHandlers): FakeStudio {
  const fake = createFakeStudio(handlers);
  vi.stubGlobal('window', { studio: fake });
  return fake;
}

beforeEach(() => useAuditionStore.setState(useAuditionStore.getInitialState(), true));
afterEach(() => vi.unstubAllGlobals());

describe('the audition store', () => {
  it('plays a line as soon as its clip arrives', async () => {
    const fake = install({ 'audition.segment': ({ segmentId }) => clip(`line ${segmentId}`) });
    const asked = useAuditionStore.getState().auditionSegment(7);
    expect(useAuditionStore.getState()).toMatchObject({ status: 'loading', pending: 'the line' });
    await asked;
    expect(fake.calls).toEqual([{ name: 'audition.segment', input: { segmentId: 7 } }]);
    expect(useAuditionStore.getState()).toMatchObject({ status: 'ready', clip: { title: 'line 7' }, command: { kind: 'play' } });
  });

  it('drops a clip that arrives after a newer request', async () => {
    let release: (value: AuditionClip) => void = () => undefined;
    install({
      'audition.segment': ({ segmentId }) => (segmentId === 1 ? new Promise<AuditionClip>((resolve) => (release = resolve)) : clip('second')),
    });
    const first = useAuditionStore.getState().auditionSegment(1);
    await useAuditionStore.getState().auditionSegment(2);
    release(clip('first'));
    await first;
    expect(useAuditionStore.getState().clip?.title).toBe('second');
  });

  it('keeps the last clip and shows the error when a request is refused', async () => {
    install({
      'audition.segment': () => clip('kept'),
      'audition.sample': () => {
        throw new StudioError('NOT_FOUND', 'There is no character 9 in this project.');
      },
    });
    await useAuditionStore.getState().auditionSegment(1);
    await useAuditionStore.getState().sample(9, 'Kitty');
    expect(useAuditionStore.getState()).toMatchObject({ status: 'ready', clip: { title: 'kept' }, error: { code: 'NOT_FOUND' } });
  });

  it('Space stops a playing clip and replays a stopped one from the start', async () => {
    install({ 'audition.segment': () => clip('line') });
    const store = useAuditionStore.getState();
    store.toggle();
    expect(useAuditionStore.getState().command).toBeNull();
    await store.auditionSegment(1);
    const played = useAuditionStore.getState().command!;
    store.playerState({ playing: true, position: 0.4 });
    store.toggle();
    expect(useAuditionStore.getState().command).toEqual({ kind: 'stop', seq: played.seq + 1 });
    store.playerState({ playing: false });
    store.toggle();
    expect(useAuditionStore.getState().command).toEqual({ kind: 'play', seq: played.seq + 2 });
  });

  it('sends only the fields of a pronunciation, not the stored entry’s id', async () => {
    const fake = install({ 'audition.word': ({ entry }) => clip(entry.grapheme) });
    const stored = { id: 4, createdAt: '2026-01-01', grapheme: 'Meryton', kind: 'alias' as const, value: 'Merry ton', caseSensitive: false };
    await useAuditionStore.getState().word(stored);
    expect(fake.calls[0]!.input).toEqual({ entry: { grapheme: 'Meryton', kind: 'alias', value: 'Merry ton', caseSensitive: false } });
  });

  it('previews a chapter: a job with progress, then the clip from the cache', async () => {
    const fake = install({ 'audition.startPreview': () => ({ jobId: 'job-1' }), 'audition.preview': ({ chapterId }) => clip(`chapter ${chapterId}`) });
    await useAuditionStore.getState().previewChapter(3, 10);
    const progress: JobEvent = { type: 'progress', progress: { jobId: 'job-1', kind: 'synthesize', fraction: 0.5, current: 5, total: 10, etaSeconds: 2, title: 'x' } };
    useAuditionStore.getState().receiveJob({ ...progress, progress: { ...progress.progress, jobId: 'someone-else' } });
    expect(useAuditionStore.getState().preview?.progress).toBeNull();
    useAuditionStore.getState().receiveJob(progress);
    expect(useAuditionStore.getState().preview?.progress?.current).toBe(5);
    useAuditionStore.getState().receiveJob({ type: 'completed', jobId: 'job-1', kind: 'synthesize' });
    await vi.waitFor(() => expect(useAuditionStore.getState().clip?.title).toBe('chapter 3'));
    expect(fake.calls.map((c) => c.name)).toEqual(['audition.startPreview', 'audition.preview']);
    expect(useAuditionStore.getState().preview).toBeNull();
  });

  it('does not miss a preview that ends before its job id comes back', async () => {
    install({
      'audition.startPreview': () => {
        useAuditionStore.getState().receiveJob({ type: 'completed', jobId: 'fast', kind: 'synthesize' });
        return { jobId: 'fast' };
      },
      'audition.preview': () => clip('fast preview'),
    });
    await useAuditionStore.getState().previewChapter(1, 5);
    await vi.waitFor(() => expect(useAuditionStore.getState().clip?.title).toBe('fast preview'));
  });

  it('shows why a preview failed, and forgets a cancelled one', async () => {
    install({ 'audition.startPreview': () => ({ jobId: 'j' }), 'job.cancel': () => ({ cancelled: true }) });
    await useAuditionStore.getState().previewChapter(1, 5);
    useAuditionStore.getState().receiveJob({ type: 'failed', jobId: 'j', kind: 'synthesize', error: { code: 'INTERNAL', message: 'broke' } });
    expect(useAuditionStore.getState()).toMatchObject({ preview: null, status: 'idle', error: { message: 'broke' } });
    await useAuditionStore.getState().previewChapter(1, 5);
    useAuditionStore.getState().receiveJob({ type: 'cancelled', jobId: 'j', kind: 'synthesize' });
    expect(useAuditionStore.getState()).toMatchObject({ preview: null, status: 'idle' });
  });
});
