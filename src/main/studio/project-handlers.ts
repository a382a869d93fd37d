import type { projectRequests } from '../../shared/requests/project-requests';
import type { DomainHandlers } from './handlers';
import type { Studio } from './studio';

export function projectHandlers(studio: Studio): DomainHandlers<typeof projectRequests> {
  return {
    'app.info': () => ({
      version: studio.options.version,
      transport: studio.options.transport,
      projectsDir: studio.options.paths.projectsDir,
    }),
    'recent.list': () => studio.recent.list(),
    'recent.forget': ({ path }) => studio.recent.forget(path),
    'import.start': ({ source, projectPath }) => ({ jobId: studio.startImport(source, projectPath) }),
    'job.cancel': ({ jobId }) => ({ cancelled: studio.jobs.cancel(jobId) }),
    'project.open': ({ path }) => studio.openProject(path),
    'project.current': () => studio.currentProject?.summary() ?? null,
    'project.close': () => {
      studio.closeProject();
      return null;
    },
    'project.chapter': ({ chapterId }) => studio.project.chapter(chapterId),
    'project.setChapterIncluded': ({ chapterId, included }) => {
      const chapter = studio.project.setChapterIncluded(chapterId, included);
      studio.events.emit('project.changed', { path: studio.project.path });
      return chapter;
    },
  };
}
