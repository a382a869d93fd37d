import { create } from 'zustand';
import type { ManuscriptSource } from '../../../../shared/contract';
import type { JobEvent, JobProgress } from '../../../../shared/progress';
import { createFrameBatcher } from '../../lib/frame-batcher';
import { cancelFollowedJob, jobIdOf, jobKindOf } from '../../lib/job-events';
import { toShownError, type ShownError } from '../../lib/shown-error';
import { studio } from '../../platform/studio';
import { useProjectStore } from '../project/project-store';
import { bookNameFromFile, sourceFileName } from './book-name-from-file';

/**
 * idle → choosing (dialogs open) → starting (asked the engine) → running (job id known) →
 * finishing (completed, opening the project) → idle; `cancelling` while a cancel is on its way.
 */
export type ImportPhase = 'idle' | 'choosing' | 'starting' | 'running' | 'cancelling' | 'finishing';

interface ImportStore {
  phase: ImportPhase;
  jobId: string | null;
  fileName: string | null;
  progress: JobProgress | null;
  error: ShownError | null;
  /** A neutral note for the start screen, such as a cancelled import. */
  notice: string | null;
  openFromDialog(): Promise<void>;
  openFile(file: File): Promise<void>;
  cancel(): Promise<void>;
  dismissError(): void;
  /** Every `job` event of the engine; the store keeps those of its own import. */
  receive(event: JobEvent): void;
}

const IDLE = { phase: 'idle', jobId: null, fileName: null, progress: null } as const;

/** At most this many events are held for a job whose id has not come back yet. */
const EARLY_EVENT_LIMIT = 200;

export const useImportStore = create<ImportStore>()((set, get) => {
  /**
   * The engine starts the job before `import.start` answers, so its first events (or, for a file it
   * refuses at once, its `failed`) can arrive before the job id does. They wait here until it does.
   */
  let early: JobEvent[] = [];

  const progressFrames = createFrameBatcher<JobProgress>((progress) => {
    const { jobId, phase } = get();
    if (progress.jobId === jobId && (phase === 'running' || phase === 'cancelling')) set({ progress });
  });

  /** Counts attempts to open a file, so a chooser the user abandoned for a new one cannot act later. */
  let attempt = 0;

  const start = async (source: ManuscriptSource, mine: number): Promise<void> => {
    const fileName = sourceFileName(source);
    const projectPath = await studio().platform.pickProjectPath(bookNameFromFile(fileName));
    if (mine !== attempt) return;
    early = [];
    set({ phase: 'starting', fileName, progress: null });
    const { jobId } = await studio().request('import.start', projectPath ? { source, projectPath } : { source });
    const waiting = early.filter((event) => jobIdOf(event) === jobId);
    early = [];
    set({ phase: 'running', jobId });
    for (const event of waiting) get().receive(event);
  };

  const begin = async (choose: () => Promise<ManuscriptSource | null>): Promise<void> => {
    // While a chooser is open the user may start over (a second click, a drop); once the engine has
    // the file, they wait for this import.
    const { phase } = get();
    if (phase !== 'idle' && phase !== 'choosing') return;
    const mine = ++attempt;
    set({ phase: 'choosing', error: null, notice: null });
    try {
      const source = await choose();
      if (mine !== attempt) return;
      if (source) await start(source, mine);
      else set(IDLE);
    } catch (error) {
      if (mine === attempt) set({ ...IDLE, error: toShownError(error) });
    }
  };

  const finish = async (): Promise<void> => {
    await useProjectStore.getState().loadCurrent();
    set(IDLE);
  };

  return {
    ...IDLE,
    error: null,
    notice: null,

    openFromDialog: () => begin(() => studio().platform.pickManuscript()),

    openFile: (file) => begin(() => studio().platform.sourceForFile(file)),

    async cancel() {
      const { jobId, phase } = get();
      if (jobId && phase === 'running') await cancelFollowedJob(jobId, get, set);
    },

    dismissError() {
      set({ error: null });
    },

    receive(event) {
      if (jobKindOf(event) !== 'import') return;
      const { phase, jobId } = get();
      if (phase === 'starting') {
        if (early.length < EARLY_EVENT_LIMIT || event.type !== 'progress') early.push(event);
        return;
      }
      if (jobId === null || jobIdOf(event) !== jobId || phase === 'finishing') return;
      switch (event.type) {
        case 'progress':
          progressFrames.push(event.progress);
          return;
        case 'completed':
          progressFrames.discard();
          set({ phase: 'finishing' });
          void finish();
          return;
        case 'failed':
          progressFrames.discard();
          set({ ...IDLE, error: { code: event.error.code, message: event.error.message } });
          return;
        case 'cancelled':
          progressFrames.discard();
          set({ ...IDLE, notice: 'The import was cancelled.' });
          return;
      }
    },
  };
});
