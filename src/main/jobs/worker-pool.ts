import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { StudioError, ERROR_CODES, type ErrorCode } from '../../shared/errors';
import { isTaskReply, type SerializedError, type TaskRequest, type WorkerData } from './worker-protocol';

export interface WorkerPoolOptions {
  /** The worker script: the built `worker.js`, or a `.ts` file when running from sources (tests). */
  file: string;
  /** Most workers alive at once. */
  size: number;
  /** A worker idle this long is stopped, so an idle studio holds no threads. */
  idleTimeoutMs?: number;
  /** A task running this long is abandoned and its worker replaced. */
  taskTimeoutMs?: number;
  /**
   * A small young generation per worker: each worker's default semi-spaces cost tens of megabytes
   * of peak memory for short-lived parsing garbage, for no speed gain.
   */
  maxYoungGenerationSizeMb?: number;
  /** A folder where the threads keep compiled code for the next run (see `useCodeCache`). */
  codeCacheDir?: string;
}

export interface RunOptions {
  signal?: AbortSignal;
  transfer?: ArrayBuffer[];
}

/** Raised when a worker died or hung: the task may well succeed on a fresh worker. */
export class WorkerFailure extends Error {
  override readonly name = 'WorkerFailure';
}

interface Slot {
  worker: Worker;
  busy: Task | null;
  idleTimer: NodeJS.Timeout | null;
}

interface Task {
  request: TaskRequest;
  transfer: ArrayBuffer[];
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
  timer?: NodeJS.Timeout;
}

/**
 * A small pool of worker threads. Tasks queue until a worker is free; a worker that crashes, hangs
 * past the timeout or is running a cancelled task is terminated and replaced on demand.
 */
export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  run<T>(task: string, input: unknown, runOptions: RunOptions = {}): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    if (runOptions.signal?.aborted) return Promise.reject(abortError(runOptions.signal));
    return new Promise<T>((resolve, reject) => {
      const entry: Task = {
        request: { id: this.nextId++, task, input },
        transfer: runOptions.transfer ?? [],
        resolve: resolve as (value: unknown) => void,
        reject,
        signal: runOptions.signal,
      };
      if (entry.signal) {
        entry.onAbort = () => this.abort(entry);
        entry.signal.addEventListener('abort', entry.onAbort, { once: true });
      }
      this.queue.push(entry);
      this.pump();
    });
  }

  get workerCount(): number {
    return this.slots.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) this.settle(task, new Error('the worker pool is closed'));
    await Promise.all([...this.slots].map((slot) => this.retire(slot)));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = [...this.slots].find((s) => s.busy === null);
      if (!slot && this.slots.size < this.options.size) slot = this.spawn();
      if (!slot) return;
      const task = this.queue.shift();
      if (!task) return;
      this.assign(slot, task);
    }
  }

  private assign(slot: Slot, task: Task): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    slot.busy = task;
    if (this.options.taskTimeoutMs) {
      task.timer = setTimeout(() => {
        this.settle(task, new WorkerFailure(`worker task ${task.request.task} timed out`));
        void this.retire(slot);
        this.pump();
      }, this.options.taskTimeoutMs);
    }
    slot.worker.postMessage(task.request, task.transfer);
  }

  private spawn(): Slot {
    const [script, options] = workerScript(this.options.file);
    const young = this.options.maxYoungGenerationSizeMb;
    const data: WorkerData = { codeCacheDir: this.options.codeCacheDir };
    const worker = new Worker(script, { ...options, workerData: data, ...(young ? { resourceLimits: { maxYoungGenerationSizeMb: young } } : {}) });
    const slot: Slot = { worker, busy: null, idleTimer: null };
    this.slots.add(slot);
    worker.on('message', (message: unknown) => {
      const task = slot.busy;
      if (!isTaskReply(message) || !task || message.id !== task.request.id) return;
      slot.busy = null;
      if (message.ok) this.settle(task, null, message.value);
      else this.settle(task, deserializeError(message.error));
      this.markIdle(slot);
      this.pump();
    });
    const fail = (error: Error): void => {
      this.slots.delete(slot);
      const task = slot.busy;
      slot.busy = null;
      if (task) this.settle(task, new WorkerFailure(`a worker stopped: ${error.message}`));
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
    return slot;
  }

  private markIdle(slot: Slot): void {
    if (!this.options.idleTimeoutMs) return;
    slot.idleTimer = setTimeout(() => void this.retire(slot), this.options.idleTimeoutMs);
    slot.idleTimer.unref();
  }

  private async retire(slot: Slot): Promise<void> {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    this.slots.delete(slot);
    slot.worker.removeAllListeners('exit');
    slot.worker.removeAllListeners('error');
    slot.worker.on('error', () => undefined);
    await slot.worker.terminate();
  }

  private abort(task: Task): void {
    const queued = this.queue.indexOf(task);
    if (queued >= 0) this.queue.splice(queued, 1);
    const slot = [...this.slots].find((s) => s.busy === task);
    this.settle(task, task.signal ? abortError(task.signal) : new Error('aborted'));
    if (slot) {
      slot.busy = null;
      void this.retire(slot);
    }
    this.pump();
  }

  private settle(task: Task, error: Error | null, value?: unknown): void {
    if (task.timer) clearTimeout(task.timer);
    if (task.signal && task.onAbort) task.signal.removeEventListener('abort', task.onAbort);
    if (error) task.reject(error);
    else task.resolve(value);
  }
}

/** From sources, `.ts` workers load through tsx; the built app runs plain JavaScript workers. */
function workerScript(file: string): [URL | string, { eval?: boolean }] {
  if (!file.endsWith('.ts')) return [file, {}];
  const boot =
    `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};` +
    `register(); await import(${JSON.stringify(pathToFileURL(file).href)});`;
  return [new URL(`data:text/javascript,${encodeURIComponent(boot)}`), {}];
}

function deserializeError(error: SerializedError): Error {
  if (error.code && (ERROR_CODES as readonly string[]).includes(error.code)) {
    return new StudioError(error.code as ErrorCode, error.message);
  }
  const result = new Error(error.message);
  result.name = error.name;
  if (error.stack) result.stack = error.stack;
  return result;
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error('aborted');
}
