import { create } from 'zustand';
import type { JobEvent, JobProgress } from '../../../../shared/progress';
import type { AuditionClip, VoiceChoice } from '../../../../shared/requests/voice-requests';
import { toShownError, type ShownError } from '../../lib/shown-error';
import { studio } from '../../platform/studio';
import { createEarlyEnds, jobIdOf, jobKindOf } from '../../lib/job-events';

export interface LexiconDraft {
  grapheme: string;
  kind: 'alias' | 'phoneme';
  value: string;
  caseSensitive: boolean;
}

/** Only the fields of a pronunciation, whatever else the object carries (a stored entry's id). */
export function draftOf(entry: LexiconDraft): LexiconDraft {
  return { grapheme: entry.grapheme, kind: entry.kind, value: entry.value, caseSensitive: entry.caseSensitive };
}

/** What the player is asked to do; `seq` grows with every ask so the same ask twice is seen twice. */
export interface PlayerCommand {
  kind: 'play' | 'stop';
  seq: number;
}

export interface ChapterPreview {
  chapterId: number;
  count: number;
  jobId: string | null;
  progress: JobProgress | null;
}

interface AuditionStore {
  clip: AuditionClip | null;
  /** `loading`: a clip is being made; the last one stays until it arrives. */
  status: 'idle' | 'loading' | 'ready';
  /** What is being made, in words, while loading. */
  pending: string | null;
  error: ShownError | null;
  playing: boolean;
  /** Seconds into the clip, as the player reports it. */
  position: number;
  command: PlayerCommand | null;
  preview: ChapterPreview | null;
  /** Plays a line of the script as it will be rendered; the script view calls this. */
  auditionSegment(segmentId: number): Promise<void>;
  sample(characterId: number, name: string, choice?: VoiceChoice): Promise<void>;
  /** A pronunciation, saved or not, heard in a sentence of the book that has the word. */
  word(entry: LexiconDraft): Promise<void>;
  /** Synthesises the start of a chapter as a job, then plays it. */
  previewChapter(chapterId: number, count: number): Promise<void>;
  cancelPreview(): Promise<void>;
  /** Plays the clip from its start at once (it is already decoded). */
  replay(): void;
  stop(): void;
  /** Space: stops a clip that plays, replays one that does not. */
  toggle(): void;
  dismiss(): void;
  dismissError(): void;
  /** The player says whether it plays and where. */
  playerState(state: { playing?: boolean; position?: number }): void;
  receiveJob(event: JobEvent): void;
  reset(): void;
}

const INITIAL: Pick<AuditionStore, 'clip' | 'status' | 'pending' | 'error' | 'playing' | 'position' | 'command' | 'preview'> = {
  clip: null,
  status: 'idle',
  pending: null,
  error: null,
  playing: false,
  position: 0,
  command: null,
  preview: null,
};

export const useAuditionStore = create<AuditionStore>()((set, get) => {
  /** Counts requests, so a clip that arrives after a newer request is dropped. */
  let ticket = 0;
  let seq = 0;
  const early = createEarlyEnds();
  const ask = (kind: PlayerCommand['kind']): void => set({ command: { kind, seq: ++seq } });

  const fetchClip = async (pending: string, request: () => Promise<AuditionClip>): Promise<void> => {
    const mine = ++ticket;
    set({ status: 'loading', pending, error: null });
    try {
      const clip = await request();
      if (mine !== ticket) return;
      set({ clip, status: 'ready', pending: null, position: 0, command: { kind: 'play', seq: ++seq } });
    } catch (error) {
      if (mine !== ticket) return;
      set({ status: get().clip ? 'ready' : 'idle', pending: null, error: toShownError(error) });
    }
  };

  const previewEnded = (event: JobEvent): void => {
    const preview = get().preview;
    if (!preview) return;
    if (event.type === 'completed') {
      set({ preview: null });
      void fetchClip('the chapter preview', () => studio().request('audition.preview', { chapterId: preview.chapterId, count: preview.count }));
    } else if (event.type === 'failed') {
      set({ preview: null, status: get().clip ? 'ready' : 'idle', pending: null, error: { code: event.error.code, message: event.error.message } });
    } else if (event.type === 'cancelled') {
      set({ preview: null, status: get().clip ? 'ready' : 'idle', pending: null });
    }
  };

  return {
    ...INITIAL,

    auditionSegment: (segmentId) => fetchClip('the line', () => studio().request('audition.segment', { segmentId })),
    sample: (characterId, name, choice) =>
      fetchClip(`${name}’s sample`, () => studio().request('audition.sample', choice ? { characterId, choice } : { characterId })),
    word: (entry) => fetchClip(`“${entry.grapheme}”`, () => studio().request('audition.word', { entry: draftOf(entry) })),

    async previewChapter(chapterId, count) {
      const running = get().preview;
      if (running?.jobId) await studio().request('job.cancel', { jobId: running.jobId }).catch(() => undefined);
      ++ticket;
      early.clear();
      set({ preview: { chapterId, count, jobId: null, progress: null }, status: 'loading', pending: 'the chapter preview', error: null });
      try {
        const { jobId } = await studio().request('audition.startPreview', { chapterId, count });
        const preview = get().preview;
        if (!preview || preview.chapterId !== chapterId) return;
        set({ preview: { ...preview, jobId } });
        const ended = early.take(jobId);
        if (ended) previewEnded(ended);
      } catch (error) {
        set({ preview: null, status: get().clip ? 'ready' : 'idle', pending: null, error: toShownError(error) });
      }
    },

    async cancelPreview() {
      const jobId = get().preview?.jobId;
      if (jobId) await studio().request('job.cancel', { jobId }).catch(() => undefined);
    },

    replay() {
      if (get().clip) ask('play');
    },
    stop() {
      if (get().clip) ask('stop');
    },
    toggle() {
      if (get().playing) get().stop();
      else get().replay();
    },
    dismiss() {
      ++ticket;
      set({ ...INITIAL, preview: get().preview });
    },
    dismissError() {
      set({ error: null });
    },
    playerState({ playing, position }) {
      set({ ...(playing === undefined ? {} : { playing }), ...(position === undefined ? {} : { position }) });
    },

    receiveJob(event) {
      if (jobKindOf(event) !== 'synthesize') return;
      const preview = get().preview;
      if (!preview) return;
      if (preview.jobId === null) {
        early.keep(event);
        return;
      }
      if (jobIdOf(event) !== preview.jobId) return;
      if (event.type === 'progress') set({ preview: { ...preview, progress: event.progress } });
      else previewEnded(event);
    },

    reset() {
      ++ticket;
      early.clear();
      set(INITIAL);
    },
  };
});
