import { create } from 'zustand';
import type { ChapterSummary, ProjectSummary } from '../../../../shared/project';
import { toShownError, type ShownError } from '../../lib/shown-error';
import { studio } from '../../platform/studio';
import { mergeChapters, replaceChapter } from './merge-chapters';

/** `unknown` until the engine has said whether a project is open (a reload keeps it open). */
export type ProjectStatus = 'unknown' | 'closed' | 'open';

interface ProjectStore {
  status: ProjectStatus;
  project: ProjectSummary | null;
  /** The recent project being opened, while it is. */
  openingPath: string | null;
  error: ShownError | null;
  /** At start-up: shows the project the engine already has open (after a reload), if any. */
  restore(): Promise<void>;
  /** Shows the engine's open project, e.g. once an import has opened it. */
  loadCurrent(): Promise<void>;
  open(path: string): Promise<void>;
  close(): Promise<void>;
  setChapterIncluded(chapterId: number, included: boolean): Promise<void>;
  /** The engine's `project.changed` event, from this window or another one. */
  projectChanged(path: string | null): Promise<void>;
  dismissError(): void;
}

/** Include toggles on their way; a refresh that overlaps one could show a stale value, so it waits. */
let togglesInFlight = 0;

export const useProjectStore = create<ProjectStore>()((set, get) => {
  const show = (summary: ProjectSummary | null): void => {
    const previous = get().project;
    if (!summary) {
      set({ status: 'closed', project: null });
      return;
    }
    if (previous && previous.path === summary.path) {
      set({ status: 'open', project: { ...summary, chapters: mergeChapters(previous.chapters, summary.chapters) } });
      return;
    }
    // The script editor follows the open project's path (see app/use-editor-session).
    set({ status: 'open', project: summary, error: null });
  };

  const updateChapter = (updated: ChapterSummary): void => {
    const project = get().project;
    if (project) set({ project: { ...project, chapters: replaceChapter(project.chapters, updated) } });
  };

  return {
    status: 'unknown',
    project: null,
    openingPath: null,
    error: null,

    async restore() {
      try {
        show(await studio().request('project.current', {}));
      } catch {
        // Not being able to ask is shown once, by the recent list on the start screen.
        show(null);
      }
    },

    async loadCurrent() {
      try {
        show(await studio().request('project.current', {}));
      } catch (error) {
        if (get().status === 'unknown') set({ status: 'closed' });
        set({ error: toShownError(error) });
      }
    },

    async open(path) {
      if (get().openingPath) return;
      set({ openingPath: path, error: null });
      try {
        show(await studio().request('project.open', { path }));
      } catch (error) {
        set({ error: toShownError(error) });
      } finally {
        set({ openingPath: null });
      }
    },

    async close() {
      try {
        await studio().request('project.close', {});
        show(null);
      } catch (error) {
        set({ error: toShownError(error) });
      }
    },

    async setChapterIncluded(chapterId, included) {
      const before = get().project?.chapters.find((c) => c.id === chapterId);
      if (!before || before.included === included) return;
      updateChapter({ ...before, included });
      togglesInFlight++;
      try {
        updateChapter(await studio().request('project.setChapterIncluded', { chapterId, included }));
      } catch (error) {
        updateChapter(before);
        set({ error: toShownError(error) });
      } finally {
        togglesInFlight--;
      }
    },

    async projectChanged(path) {
      // The start screen decides what to open; an open project follows the engine, which has one.
      if (!get().project) return;
      if (path === null) {
        show(null);
        return;
      }
      try {
        const summary = await studio().request('project.current', {});
        if (togglesInFlight === 0 && get().project) show(summary);
      } catch (error) {
        set({ error: toShownError(error) });
      }
    },

    dismissError() {
      set({ error: null });
    },
  };
});
