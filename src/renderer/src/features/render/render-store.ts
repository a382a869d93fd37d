import { create } from 'zustand';
import type { CacheFreed, RenderFormat, RenderMetadataInput, RenderState } from '../../../../shared/requests/render-requests';
import type { JobEvent, JobProgress } from '../../../../shared/progress';
import type { LoudnessTargetId, PauseSettings } from '../../../../shared/render';
import { createFrameBatcher } from '../../lib/frame-batcher';
import { cancelFollowedJob, jobIdOf, jobKindOf } from '../../lib/job-events';
import { toShownError, type ShownError } from '../../lib/shown-error';
import { studio } from '../../platform/studio';

/** idle → starting → running ⇄ paused → idle; `cancelling` while a cancel is on its way. */
export type RenderPhase = 'idle' | 'starting' | 'running' | 'paused' | 'cancelling';

export interface RenderChoices {
  /** Chapters to render; null means every included chapter. */
  chapterIds: number[] | null;
  formats: RenderFormat[];
  target: LoudnessTargetId;
  /** '' means the project's default folder. */
  outDir: string;
  metadata: RenderMetadataInput;
  /** Pauses changed from the defaults, in milliseconds. */
  pauses: Partial<PauseSettings>;
}

interface RenderStore {
  open: boolean;
  state: RenderState | null;
  choices: RenderChoices;
  phase: RenderPhase;
  jobId: string | null;
  progress: JobProgress | null;
  /** What the last job ended with, in a sentence (completed, cancelled). */
  notice: string | null;
  error: ShownError | null;
  /** Whether this platform has a folder dialog (the desktop app); in a browser the folder is typed. */
  canChooseOutDir: boolean;
  /** A request to free up cache space is on its way. */
  pruning: boolean;
  /** What the last request to free up space removed. */
  freed: CacheFreed | null;
  show(): Promise<void>;
  hide(): void;
  refresh(): Promise<void>;
  setChapters(chapterIds: number[] | null): void;
  toggleFormat(format: RenderFormat, on: boolean): void;
  setTarget(target: LoudnessTargetId): void;
  setOutDir(outDir: string): void;
  /** Asks for the output folder with the platform's dialog, starting at the current one. */
  chooseOutDir(): Promise<void>;
  setMetadata(patch: RenderMetadataInput): void;
  /** A pause in milliseconds; null goes back to the default. */
  setPause(name: keyof PauseSettings, ms: number | null): void;
  start(): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  cancel(): Promise<void>;
  /** Removes from the project's audio cache what no line or exported file uses any more. */
  pruneCache(): Promise<void>;
  dismissError(): void;
  /** Every `job` event of the engine; the store keeps those of render jobs. */
  receive(event: JobEvent): void;
}

const DEFAULT_CHOICES: RenderChoices = { chapterIds: null, formats: ['m4b'], target: 'acx', outDir: '', metadata: {}, pauses: {} };

export const useRenderStore = create<RenderStore>()((set, get) => {
  const progressFrames = createFrameBatcher<JobProgress>((progress) => {
    const { jobId, phase } = get();
    if (progress.jobId === jobId && phase !== 'idle') set({ progress });
  });

  /** Shows a render the engine is already running (after a reload, or started from another window). */
  const adopt = (state: RenderState): void => {
    const job = state.job;
    const { phase, jobId } = get();
    if (job && (phase === 'idle' || jobId === job.jobId)) {
      const next = phase === 'cancelling' ? 'cancelling' : job.paused ? 'paused' : 'running';
      set({ jobId: job.jobId, phase: next, progress: job.progress ?? get().progress });
    } else if (!job && phase !== 'starting' && phase !== 'idle') {
      set({ phase: 'idle', jobId: null, progress: null });
    }
  };

  const finished = (notice: string | null, error: ShownError | null = null): void => {
    progressFrames.discard();
    set({ phase: 'idle', jobId: null, progress: null, notice, error });
    void get().refresh();
  };

  return {
    open: false,
    state: null,
    choices: DEFAULT_CHOICES,
    phase: 'idle',
    jobId: null,
    progress: null,
    notice: null,
    error: null,
    canChooseOutDir: false,
    pruning: false,
    freed: null,

    async show() {
      set({ open: true, canChooseOutDir: studio().platform.pickFolder !== null });
      await get().refresh();
    },

    hide() {
      set({ open: false });
    },

    async refresh() {
      try {
        const state = await studio().request('render.state', {});
        // Another project (its default folder differs): the choices made for the last one go.
        const previous = get().state;
        if (previous && previous.defaultOutDir !== state.defaultOutDir) set({ choices: DEFAULT_CHOICES, notice: null });
        set({ state });
        adopt(state);
      } catch (error) {
        set({ error: toShownError(error) });
      }
    },

    setChapters(chapterIds) {
      set({ choices: { ...get().choices, chapterIds } });
    },

    toggleFormat(format, on) {
      const formats = get().choices.formats.filter((f) => f !== format && f !== 'all');
      set({ choices: { ...get().choices, formats: on ? [...formats, format] : formats } });
    },

    setTarget(target) {
      set({ choices: { ...get().choices, target } });
    },

    setOutDir(outDir) {
      set({ choices: { ...get().choices, outDir } });
    },

    async chooseOutDir() {
      const pickFolder = studio().platform.pickFolder;
      if (!pickFolder) return;
      try {
        const chosen = await pickFolder(get().choices.outDir.trim());
        if (chosen !== null) get().setOutDir(chosen);
      } catch (error) {
        set({ error: toShownError(error) });
      }
    },

    setMetadata(patch) {
      set({ choices: { ...get().choices, metadata: { ...get().choices.metadata, ...patch } } });
    },

    setPause(name, ms) {
      const pauses = { ...get().choices.pauses };
      if (ms === null) delete pauses[name];
      else pauses[name] = ms;
      set({ choices: { ...get().choices, pauses } });
    },

    async start() {
      const { phase, choices } = get();
      if (phase !== 'idle' || choices.formats.length === 0) return;
      set({ phase: 'starting', progress: null, notice: null, error: null });
      try {
        const metadata = Object.fromEntries(Object.entries(choices.metadata).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));
        const { jobId } = await studio().request('render.start', {
          formats: choices.formats,
          target: choices.target,
          ...(choices.chapterIds && choices.chapterIds.length > 0 ? { chapterIds: choices.chapterIds } : {}),
          ...(choices.outDir.trim() ? { outDir: choices.outDir.trim() } : {}),
          ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
          ...(Object.keys(choices.pauses).length > 0 ? { pauses: choices.pauses } : {}),
        });
        // A very short render may have ended before its id came back; its last state says so.
        if (get().phase === 'starting') set({ phase: 'running', jobId });
        await get().refresh();
      } catch (error) {
        set({ phase: 'idle', error: toShownError(error) });
      }
    },

    async pause() {
      const { jobId, phase } = get();
      if (!jobId || phase !== 'running') return;
      try {
        const { paused } = await studio().request('render.pause', { jobId });
        if (paused && get().jobId === jobId) set({ phase: 'paused' });
      } catch (error) {
        set({ error: toShownError(error) });
      }
    },

    async resume() {
      const { jobId, phase } = get();
      if (!jobId || phase !== 'paused') return;
      try {
        const { resumed } = await studio().request('render.resume', { jobId });
        if (resumed && get().jobId === jobId) set({ phase: 'running' });
      } catch (error) {
        set({ error: toShownError(error) });
      }
    },

    async cancel() {
      const { jobId, phase } = get();
      if (jobId && (phase === 'running' || phase === 'paused')) await cancelFollowedJob(jobId, get, set);
    },

    async pruneCache() {
      if (get().pruning || get().phase !== 'idle') return;
      set({ pruning: true, freed: null, error: null });
      try {
        set({ freed: await studio().request('render.pruneCache', {}) });
      } catch (error) {
        set({ error: toShownError(error) });
      } finally {
        set({ pruning: false });
      }
    },

    dismissError() {
      set({ error: null });
    },

    receive(event) {
      if (jobKindOf(event) !== 'render') return;
      const { jobId, phase } = get();
      if (phase === 'idle' && event.type === 'progress') {
        // A render started elsewhere (another window, a reload): follow it.
        set({ phase: 'running', jobId: event.progress.jobId, progress: event.progress });
        return;
      }
      if (phase === 'starting' && event.type === 'progress') {
        set({ phase: 'running', jobId: event.progress.jobId });
      }
      if (jobIdOf(event) !== (get().jobId ?? jobId)) return;
      switch (event.type) {
        case 'progress':
          progressFrames.push(event.progress);
          return;
        case 'completed':
          finished('The render finished.');
          return;
        case 'failed':
          finished(null, { code: event.error.code, message: event.error.message });
          return;
        case 'cancelled':
          finished('The render was cancelled; segments already synthesised are kept.');
          return;
      }
    },
  };
});
