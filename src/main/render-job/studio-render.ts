import type { JobEvent } from '../../shared/progress';
import type { JobRunner } from '../jobs/job-runner';
import type { WorkerPool } from '../jobs/worker-pool';
import type { ProjectSession } from '../project/project-session';
import type { AppPaths } from '../settings/app-paths';
import type { SettingsStore } from '../settings/settings-store';
import { readStudioSettings } from '../settings/studio-settings';
import { defaultModelsRoot } from '../voices/engines/model-store';
import type { SegmentAudio } from '../voices/segment-audio/segment-audio';
import { studioSegmentAudio } from '../voices/segment-audio/studio-segment-audio';
import { ffmpegTools } from './ffmpeg-tools';
import { RenderService } from './render-service';

/** What the render service needs of the studio that holds it. */
export interface RenderHost {
  readonly jobs: JobRunner;
  readonly events: { subscribe(listener: (event: string, payload: unknown) => void): () => void };
  readonly settings: SettingsStore;
  readonly options: { paths: AppPaths; workers?: number };
  readonly project: ProjectSession;
}

/** A studio's segment audio (synthesis on its pool) and its render service, wired to its events and settings. */
export function studioRender(host: RenderHost, pool: WorkerPool | null): { segmentAudio: SegmentAudio; render: RenderService } {
  const workers = host.options.workers ?? 2;
  const segmentAudio = studioSegmentAudio({ pool, workers, modelsRoot: defaultModelsRoot(host.options.paths.dataDir) });
  const render = new RenderService({
    jobs: host.jobs,
    watchJobs: (listener) => host.events.subscribe((event, payload) => event === 'job' && listener(payload as JobEvent)),
    watchProject: (listener) => host.events.subscribe((event, payload) => event === 'project.changed' && listener((payload as { path: string | null }).path)),
    project: () => host.project,
    segmentAudio,
    concurrency: workers,
    tools: () => ffmpegTools(readStudioSettings(host.settings).ffmpegPath || undefined),
  });
  return { segmentAudio, render };
}
