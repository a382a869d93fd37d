import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isStudioError, StudioError } from '../../shared/errors';
import type { JobEvent, JobProgress } from '../../shared/progress';
import { RENDER_FORMATS, type RenderFormat } from '../../shared/requests/render-requests';
import type { LoudnessTargetId } from '../../shared/render';
import { analyzeBook } from '../analysis/analyze-book';
import { APP_VERSION } from '../app-version';
import { importManuscript } from '../import/import-manuscript';
import { JobRunner } from '../jobs/job-runner';
import { pooledPdfPageSource } from '../jobs/pooled-pdf-page-source';
import type { WorkerPool } from '../jobs/worker-pool';
import { createProjectFile } from '../project/create-project';
import { PROJECT_EXTENSION, projectFileName } from '../project/project-file-name';
import { ProjectSession } from '../project/project-session';
import { formatPreflightTable } from '../render/preflight-table';
import { ffmpegTools } from '../render-job/ffmpeg-tools';
import { describeFailures } from '../render-job/render-project';
import { RenderService } from '../render-job/render-service';
import { defaultModelsRoot } from '../voices/engines/model-store';
import { studioSegmentAudio } from '../voices/segment-audio/studio-segment-audio';
import { defaultAppPaths, defaultCacheDir } from '../settings/app-paths';
import { cliWorkerPool, workerCount } from './cli-worker-pool';
import { SettingsStore } from '../settings/settings-store';
import { readStudioSettings } from '../settings/studio-settings';
import { readManuscript } from '../studio/read-manuscript';

export interface RenderIo {
  stdout: (text: string) => Promise<void>;
  stderr: (text: string) => void;
}

export interface RenderCommandOptions {
  workerFile?: string;
  /** Stderr is a terminal: progress is one bar redrawn in place; otherwise plain lines. */
  tty?: boolean;
}

export const RENDER_USAGE = `Usage: dramatis render FILE|PROJECT --out DIR [--format m4b|mp3|vtt|epub|all[,...]] [--target acx|ebu|podcast]
                      [--chapters 1,2,...] [--project PATH] [--workers N]

Renders a manuscript (EPUB, PDF, DOCX, Markdown, HTML or plain text) or a .dramatis project to
audiobook files in DIR, with the voices of its cast, or eSpeak NG's when nothing is cast. A
manuscript is imported into a project first (kept in the cache folder, or at --project), so a
second render of the same file synthesises nothing again. --chapters takes the chapter numbers that
\`analyze\` lists (all included chapters by default). Prints the pre-flight report of every file.
Exit codes: 0 success, 2 the input was refused (the reason is printed), 1 an internal error.
`;

const TARGETS: Record<string, LoudnessTargetId> = { acx: 'acx', ebu: 'ebu-r128', 'ebu-r128': 'ebu-r128', podcast: 'podcast' };

/** `dramatis render`: returns the exit code. */
export async function runRenderCommand(argv: string[], io: RenderIo, options: RenderCommandOptions = {}): Promise<number> {
  let args;
  try {
    args = parseRenderArgs(argv);
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${RENDER_USAGE}`);
    return 2;
  }
  if (args === 'help') {
    await io.stdout(RENDER_USAGE);
    return 0;
  }
  const pool = options.workerFile && existsSync(options.workerFile) ? cliWorkerPool(options.workerFile, args.workers) : null;
  let session: ProjectSession | null = null;
  try {
    const projectPath = args.input.endsWith(PROJECT_EXTENSION) ? resolve(args.input) : await importToProject(args.input, args.project, pool, args.workers, io);
    if (!existsSync(projectPath)) throw new StudioError('NOT_FOUND', `The project ${projectPath} does not exist.`);
    session = ProjectSession.open(projectPath);
    const chapterIds = args.chapters ? chapterIdsOf(session, args.chapters) : undefined;
    const progress = progressPrinter(io, options.tty === true);
    const jobs = new JobRunner((event) => progress(event), options.tty ? 100 : 0);
    const open = session;
    const service = new RenderService({
      jobs,
      watchJobs: () => undefined,
      watchProject: () => undefined,
      project: () => open,
      segmentAudio: studioSegmentAudio({ pool, workers: args.workers, modelsRoot: defaultModelsRoot(defaultAppPaths().dataDir) }),
      concurrency: args.workers,
      tools: () => ffmpegTools(readStudioSettings(new SettingsStore(defaultAppPaths().dataDir)).ffmpegPath || undefined),
    });
    const started = service.start({ chapterIds, formats: args.formats, target: args.target, outDir: resolve(args.out) });
    // Ctrl+C cancels the job, which removes its unfinished files before the command ends.
    const cancel = (): void => void jobs.cancel(started.jobId);
    process.once('SIGINT', cancel);
    let outcome;
    try {
      outcome = await started.done;
    } finally {
      process.removeListener('SIGINT', cancel);
    }
    const { summary, report } = outcome;
    for (const line of [...describeFailures(summary.failed), ...summary.warnings]) io.stderr(`${line}\n`);
    io.stderr(`${summary.synthesised} line${summary.synthesised === 1 ? '' : 's'} synthesised; ${summary.files.length} file${summary.files.length === 1 ? '' : 's'} in ${summary.outDir}\n`);
    if (summary.blocks) io.stderr(`${plural(summary.blocks.encoded, 'block')} encoded, ${summary.blocks.reused} reused\n`);
    if (summary.cacheFreed && summary.cacheFreed.files > 0) io.stderr(`${plural(summary.cacheFreed.files, 'unused cache file')} removed (${formatBytes(summary.cacheFreed.bytes)})\n`);
    if (report) await io.stdout(formatPreflightTable(report));
    return 0;
  } catch (error) {
    if (isStudioError(error)) {
      io.stderr(`${error.code === 'CANCELLED' ? 'The render was cancelled.' : error.message}\n`);
      return 2;
    }
    io.stderr(`Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  } finally {
    session?.close();
    await pool?.close();
  }
}

interface RenderArgs {
  input: string;
  out: string;
  formats: RenderFormat[];
  target: LoudnessTargetId;
  chapters: number[] | null;
  project: string | null;
  workers: number;
}

function parseRenderArgs(argv: string[]): RenderArgs | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      format: { type: 'string', default: 'm4b' },
      target: { type: 'string', default: 'acx' },
      chapters: { type: 'string' },
      project: { type: 'string' },
      workers: { type: 'string', default: '2' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const [input, extra] = positionals;
  if (!input || extra !== undefined) throw new Error('Give one manuscript or project to render.');
  if (!values.out) throw new Error('Give the folder for the files with --out DIR.');
  const formats = values.format.split(',').map((f) => f.trim().toLowerCase());
  const unknown = formats.find((f) => !(RENDER_FORMATS as readonly string[]).includes(f));
  if (unknown !== undefined || formats.length === 0) throw new Error(`--format takes m4b, mp3, vtt, epub or all, not "${unknown ?? ''}".`);
  const target = TARGETS[values.target.toLowerCase()];
  if (!target) throw new Error(`--target takes acx, ebu or podcast, not "${values.target}".`);
  let chapters: number[] | null = null;
  if (values.chapters !== undefined) {
    chapters = values.chapters.split(',').map((c) => Number(c.trim()));
    if (chapters.length === 0 || chapters.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--chapters takes chapter numbers such as 1,2,5.');
  }
  return {
    input,
    out: values.out,
    formats: formats as RenderFormat[],
    target,
    chapters,
    project: values.project ?? null,
    workers: workerCount(values.workers),
  };
}

/**
 * Imports a manuscript as `analyze` reads it, into a project named by the file's content and this
 * version: the same file rendered again opens the same project, with its audio already cached.
 */
async function importToProject(file: string, chosen: string | null, pool: WorkerPool | null, workers: number, io: RenderIo): Promise<string> {
  const { name, bytes } = await readManuscript({ kind: 'path', path: file });
  const digest = createHash('sha256').update(APP_VERSION).update(bytes).digest('hex').slice(0, 16);
  const path = chosen ? resolve(chosen) : join(defaultCacheDir(), 'projects', `${digest} ${projectFileName(basename(file).replace(/\.[^.]+$/, ''))}`);
  if (existsSync(path)) {
    io.stderr(`Project: ${path}\n`);
    return path;
  }
  const stored = bytes.slice();
  const { imported, sourceText } = await importManuscript(bytes, { fileName: name, pdfPages: pool ? pooledPdfPageSource(pool, workers) : undefined });
  const analysis = analyzeBook({ chapters: imported.chapters, sourceText: sourceText ?? undefined });
  createProjectFile(path, imported, { name, bytes: stored }, analysis);
  io.stderr(`Project: ${path}\n`);
  return path;
}

/** Chapter numbers as `analyze` lists them (1 is the first chapter of the book) to chapter ids. */
function chapterIdsOf(session: ProjectSession, numbers: readonly number[]): number[] {
  const chapters = session.summary().chapters;
  return numbers.map((n) => {
    const chapter = chapters[n - 1];
    if (!chapter) throw new StudioError('INVALID_REQUEST', `There is no chapter ${n}: the book has ${chapters.length}.`);
    return chapter.id;
  });
}

/**
 * Job progress on stderr: on a terminal one bar redrawn in place; otherwise a line whenever the
 * step changes or another tenth is done, so a log stays readable.
 */
function progressPrinter(io: RenderIo, tty: boolean): (event: JobEvent) => void {
  let lastLine = '';
  let lastStep = '';
  let lastTenth = -1;
  return (event) => {
    if (event.type !== 'progress') {
      if (tty && lastLine) io.stderr('\r\x1b[K');
      lastLine = '';
      return;
    }
    const p = event.progress;
    const line = describeProgress(p);
    if (tty) {
      const width = 24;
      const filled = Math.round(p.fraction * width);
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(p.fraction * 100)).padStart(3)}% `;
      const text = `${bar}${line}`.slice(0, Math.max(40, (process.stderr.columns || 100) - 1));
      if (text !== lastLine) io.stderr(`\r\x1b[K${text}`);
      lastLine = text;
      return;
    }
    const step = p.title.replace(/\s*\d.*$/, '');
    const tenth = Math.floor(p.fraction * 10);
    if (step !== lastStep || tenth !== lastTenth) io.stderr(`${Math.round(p.fraction * 100)}% ${line}\n`);
    lastStep = step;
    lastTenth = tenth;
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.round(bytes / 1e3)} kB`;
}

function describeProgress(p: JobProgress): string {
  const count = p.title.startsWith('Synthesising') ? ` · ${p.current}/${p.total} segments` : '';
  const eta = p.etaSeconds === null ? '' : p.etaSeconds >= 60 ? ` · ${Math.round(p.etaSeconds / 60)} min left` : ` · ${p.etaSeconds} s left`;
  return `${p.title || 'Rendering'}${count}${eta}`;
}
