/**
 * Runs FFmpeg (or ffprobe) as a child process: cancelled through an AbortSignal (the process is
 * killed), progress read from `-progress pipe:1`, stderr kept so a failure can say what went wrong.
 */
import { spawn } from 'node:child_process';
import { StudioError } from '../../shared/errors';
import { ProgressReader, type FfmpegProgress } from './parsers/parse-progress';

export interface RunOptions {
  /** What FFmpeg is doing, for the error message: "encoding the M4B". */
  task: string;
  signal?: AbortSignal;
  onProgress?: (progress: FfmpegProgress) => void;
  /** Keep all of stderr (meters print their results there); otherwise only its end is kept. */
  keepLog?: boolean;
  cwd?: string;
}

export interface RunResult {
  stdout: string;
  log: string;
}

const LOG_TAIL = 64 * 1024;

export function cancelled(): StudioError {
  return new StudioError('CANCELLED', 'The render was cancelled.');
}

/** The last lines of FFmpeg's log that say something, for an error message. */
function lastLines(log: string): string {
  const lines = log
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('Press [q]'));
  return lines.slice(-4).join(' / ');
}

export function runTool(executable: string, args: string[], options: RunOptions): Promise<RunResult> {
  const { signal, onProgress, keepLog, task, cwd } = options;
  if (signal?.aborted) return Promise.reject(cancelled());
  return new Promise<RunResult>((resolve, reject) => {
    const argv = onProgress ? ['-progress', 'pipe:1', '-nostats', ...args] : args;
    const child = spawn(executable, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd });
    const reader = new ProgressReader();
    let stdout = '';
    let log = '';
    let aborted = false;
    const onAbort = (): void => {
      aborted = true;
      child.kill('SIGKILL');
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (onProgress) for (const block of reader.push(chunk)) onProgress(block);
      else stdout += chunk;
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      log += chunk;
      if (!keepLog && log.length > 2 * LOG_TAIL) log = log.slice(-LOG_TAIL);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      signal?.removeEventListener('abort', onAbort);
      reject(
        error.code === 'ENOENT'
          ? new StudioError('FFMPEG_MISSING', `FFmpeg was not found at ${executable}. Install FFmpeg or set its path in the settings.`)
          : new StudioError('RENDER_FAILED', `FFmpeg could not start while ${task}: ${error.message}`),
      );
    });
    child.on('close', (code) => {
      signal?.removeEventListener('abort', onAbort);
      if (aborted) reject(cancelled());
      else if (code === 0) resolve({ stdout, log });
      else reject(new StudioError('RENDER_FAILED', `FFmpeg failed while ${task} (exit code ${code}): ${lastLines(log)}`));
    });
  });
}

/** FFmpeg with the flags every call wants: no banner, never wait on stdin, overwrite temp files. */
export function runFfmpeg(ffmpegPath: string, args: string[], options: RunOptions): Promise<RunResult> {
  return runTool(ffmpegPath, ['-hide_banner', '-nostdin', '-y', ...args], options);
}
