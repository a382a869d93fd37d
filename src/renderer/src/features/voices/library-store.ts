import { create } from 'zustand';
import type { JobEvent, JobProgress } from '../../../../shared/progress';
import type { LibraryPackage, LibraryVoice, VoiceListing } from '../../../../shared/requests/voice-requests';
import { createActionRunner } from '../../lib/run-action';
import { toShownError, type ShownError } from '../../lib/shown-error';
import { studio } from '../../platform/studio';
import { jobIdOf, jobKindOf } from '../../lib/job-events';

interface LibraryStore {
  status: 'idle' | 'loading' | 'ready';
  /** The voices of `language` (all languages when null). */
  voices: LibraryVoice[];
  language: string | null;
  packages: LibraryPackage[];
  mirror: string;
  /** Installs under way: the job of each package, by `engine/package`. */
  installs: Record<string, string>;
  /** The latest progress of each download job. */
  progress: Record<string, JobProgress>;
  error: ShownError | null;
  /** Loads the voices of a language (the book's), or of every language with null. */
  load(language: string | null): Promise<void>;
  reload(): Promise<void>;
  install(catalogueId: string, allowUnverified?: boolean): Promise<void>;
  cancel(packageKey: string): Promise<void>;
  remove(catalogueId: string): Promise<void>;
  setMirror(mirror: string): Promise<boolean>;
  receiveJob(event: JobEvent): void;
  dismissError(): void;
  reset(): void;
}

const INITIAL: Pick<LibraryStore, 'status' | 'voices' | 'language' | 'packages' | 'mirror' | 'installs' | 'progress' | 'error'> = {
  status: 'idle',
  voices: [],
  language: null,
  packages: [],
  mirror: '',
  installs: {},
  progress: {},
  error: null,
};

export const useLibraryStore = create<LibraryStore>()((set, get) => {
  let ticket = 0;
  const show = (listing: VoiceListing): void => {
    const installs: Record<string, string> = {};
    for (const install of listing.installing) installs[install.packageKey] = install.jobId;
    set({ voices: listing.voices, packages: listing.packages, mirror: listing.mirror, installs, status: 'ready' });
  };
  const runAction = createActionRunner(set);
  // The work answers nothing (undefined) when it succeeds: only a failure is null.
  const run = async (work: () => Promise<void>): Promise<boolean> => (await runAction(work)) !== null;

  return {
    ...INITIAL,

    async load(language) {
      const mine = ++ticket;
      set({ status: get().status === 'ready' && get().language === language ? 'ready' : 'loading', language });
      try {
        const listing = await studio().request('voices.list', language ? { language } : {});
        if (mine === ticket) show(listing);
      } catch (error) {
        if (mine === ticket) set({ status: 'idle', error: toShownError(error) });
      }
    },

    reload: () => get().load(get().language),

    async install(catalogueId, allowUnverified = false) {
      await run(async () => {
        const { packageKey, jobId } = await studio().request('voices.install', { catalogueId, allowUnverified });
        set({ installs: { ...get().installs, [packageKey]: jobId } });
      });
    },

    async cancel(packageKey) {
      const jobId = get().installs[packageKey];
      if (jobId) await run(async () => void (await studio().request('job.cancel', { jobId })));
    },

    async remove(catalogueId) {
      await run(async () => {
        await studio().request('voices.remove', { catalogueId });
        await get().reload();
      });
    },

    setMirror: (mirror) =>
      run(async () => {
        const listing = await studio().request('voices.setMirror', { mirror });
        set({ mirror: listing.mirror });
      }),

    receiveJob(event) {
      if (jobKindOf(event) !== 'download') return;
      const jobId = jobIdOf(event);
      if (event.type === 'progress') {
        set({ progress: { ...get().progress, [jobId]: event.progress } });
        return;
      }
      const { [jobId]: _ended, ...progress } = get().progress;
      const installs = Object.fromEntries(Object.entries(get().installs).filter(([, id]) => id !== jobId));
      set({ progress, installs, ...(event.type === 'failed' ? { error: { code: event.error.code, message: event.error.message } } : {}) });
    },

    dismissError() {
      set({ error: null });
    },

    reset() {
      ++ticket;
      set(INITIAL);
    },
  };
});
