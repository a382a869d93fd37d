import { isAbsolute } from 'node:path';
import type { ManuscriptSource } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { ProjectSummary } from '../../shared/project';
import { analyzeBook, type AnalysisInput, type AnalysisResult } from '../analysis/analyze-book';
import { importManuscript } from '../import/import-manuscript';
import type { PdfPageSource } from '../import/pdf/pdf-page-source';
import { JobRunner } from '../jobs/job-runner';
import { pooledPdfPageSource } from '../jobs/pooled-pdf-page-source';
import { WorkerPool } from '../jobs/worker-pool';
import { createProjectFile } from '../project/create-project';
import { PROJECT_EXTENSION, freeProjectPath } from '../project/project-file-name';
import { ProjectSession } from '../project/project-session';
import { codeCacheDir, type AppPaths } from '../settings/app-paths';
import { RecentProjects } from '../settings/recent-projects';
import { SettingsStore } from '../settings/settings-store';
import { readStudioSettings } from '../settings/studio-settings';
import { refineWithLlm } from '../analysis/llm/refine-with-llm';
import { createOllamaClient } from '../analysis/llm/ollama-client';
import { EventHub } from './event-hub';
import { readManuscript } from './read-manuscript';
import { studioRender } from '../render-job/studio-render';
import type { RenderService } from '../render-job/render-service';
import type { SegmentAudio } from '../voices/segment-audio/segment-audio';
import type { Catalogue } from '../voices/library/catalogue-schema';
import { studioVoices, type VoiceServices } from '../voices/studio/voice-services';

export interface StudioOptions {
  paths: AppPaths;
  transport: 'electron' | 'http';
  version: string;
  /** The built worker script; without it heavy work runs in this thread. */
  workerFile?: string;
  workers?: number;
  /** The catalogue of installable voices; the bundled one unless a test points elsewhere. */
  voiceCatalogue?: Catalogue;
}

/**
 * The engine behind both transports: the open project, the jobs, the worker pool and the settings.
 * Handlers call into it; it knows nothing about IPC or HTTP.
 */
export class Studio {
  readonly events = new EventHub();
  readonly jobs: JobRunner;
  readonly recent: RecentProjects;
  readonly settings: SettingsStore;
  private readonly pool: WorkerPool | null;
  private readonly pdfPages: PdfPageSource | undefined;
  private session: ProjectSession | null = null;
  /** Cached synthesis of any line (render and audition), and the render jobs. */
  readonly segmentAudio: SegmentAudio;
  readonly render: RenderService;
  /** The voice library and its installs, and the voices that can speak now. */
  readonly voices: VoiceServices;

  constructor(readonly options: StudioOptions) {
    this.jobs = new JobRunner((event) => this.events.emit('job', event));
    this.recent = new RecentProjects(options.paths.dataDir);
    this.settings = new SettingsStore(options.paths.dataDir);
    this.pool = options.workerFile
      ? new WorkerPool({ file: options.workerFile, size: options.workers ?? 2, idleTimeoutMs: 30_000, taskTimeoutMs: 120_000, maxYoungGenerationSizeMb: 12, codeCacheDir: codeCacheDir(options.paths.dataDir) })
      : null;
    this.pdfPages = this.pool ? pooledPdfPageSource(this.pool, options.workers ?? 2) : undefined;
    ({ segmentAudio: this.segmentAudio, render: this.render } = studioRender(this, this.pool));
    this.voices = studioVoices(this, this.pool);
  }

  get project(): ProjectSession {
    if (!this.session) throw new StudioError('NOT_FOUND', 'No project is open.');
    return this.session;
  }

  get currentProject(): ProjectSession | null {
    return this.session;
  }

  /** Starts importing a manuscript into a new project; the project opens when the job completes. */
  startImport(source: ManuscriptSource, projectPath?: string): string {
    const target = projectPath === undefined ? undefined : checkProjectPath(projectPath);
    const label = source.kind === 'path' ? source.path : source.name;
    const { jobId } = this.jobs.start('import', `Reading ${label}`, async (job) => {
      const { name, bytes } = await readManuscript(source);
      const stored = bytes.slice();
      job.progress(0, 1, `Reading ${name}`);
      const { imported, sourceText } = await importManuscript(bytes, {
        fileName: name,
        signal: job.signal,
        progress: (current, total) => job.progress(current, total),
        pdfPages: this.pdfPages,
      });
      job.signal.throwIfAborted();
      job.progress(0, 1, `Finding the dialogue and the cast of ${imported.book.title}`);
      const input = { chapters: imported.chapters, sourceText: sourceText ?? undefined };
      let analysis = await this.analyze(input, job.signal);
      job.signal.throwIfAborted();
      const { llm } = readStudioSettings(this.settings);
      if (llm.enabled) {
        job.progress(0, 1, 'Asking the language model about the uncertain lines');
        const refined = await refineWithLlm(analysis, input, createOllamaClient(llm), {
          threshold: llm.threshold,
          signal: job.signal,
          progress: (done, total) => job.progress(done, total),
        });
        analysis = refined.result;
        imported.warnings.push(...summariseLlmWarnings(refined.warnings));
      }
      job.progress(1, 1, `Saving ${imported.book.title}`);
      const path = target ?? freeProjectPath(this.options.paths.projectsDir, imported.book.title);
      createProjectFile(path, imported, { name, bytes: stored }, analysis);
      this.openProject(path);
    });
    return jobId;
  }

  /** Analysis of a whole book takes long enough to stall a window: it runs on a worker when there is one. */
  private analyze(input: AnalysisInput, signal: AbortSignal): Promise<AnalysisResult> {
    if (!this.pool) return Promise.resolve(analyzeBook(input, { signal }));
    return this.pool.run<AnalysisResult>('analysis.analyzeBook', input, { signal });
  }

  openProject(path: string): ProjectSummary {
    const next = ProjectSession.open(checkProjectPath(path));
    this.session?.close();
    this.session = next;
    const summary = next.summary();
    this.recent.touch({ path: summary.path, title: summary.book.title, author: summary.book.author });
    this.events.emit('project.changed', { path: summary.path });
    return summary;
  }

  closeProject(): void {
    this.session?.close();
    this.session = null;
    this.events.emit('project.changed', { path: null });
  }

  async dispose(): Promise<void> {
    this.jobs.cancelAll();
    this.session?.close();
    this.session = null;
    await this.pool?.close();
  }
}

/** A model that is down fails every line the same way: one sentence for the project, not thousands. */
function summariseLlmWarnings(warnings: string[]): string[] {
  if (warnings.length <= 3) return warnings;
  return [...warnings.slice(0, 2), `The language model failed on ${warnings.length - 2} more lines; their rule results were kept.`];
}

/** A project path must be an absolute path to a `.dramatis` file: no relative tricks. */
function checkProjectPath(path: string): string {
  if (!isAbsolute(path) || !path.endsWith(PROJECT_EXTENSION) || path.includes('\0')) {
    throw new StudioError('INVALID_REQUEST', `A project must be an absolute path to a ${PROJECT_EXTENSION} file.`);
  }
  return path;
}
