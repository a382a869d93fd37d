/** Messages between the pool and its workers: numbered requests and replies of a typed union. */

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  /** A StudioError's code, so a refusal inside a worker stays a refusal outside it. */
  code?: string;
}

/** What every worker thread is started with. */
export interface WorkerData {
  codeCacheDir?: string;
}

export function isWorkerData(value: unknown): value is WorkerData {
  if (typeof value !== 'object' || value === null) return false;
  const dir: unknown = Reflect.get(value, 'codeCacheDir');
  return dir === undefined || typeof dir === 'string';
}

export interface TaskRequest {
  id: number;
  task: string;
  input: unknown;
}

export type TaskReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    return {
      name: error.name,
      message: error.message,
      stack: error.stack,
      ...(typeof code === 'string' ? { code } : {}),
    };
  }
  return { name: 'Error', message: String(error) };
}

export function isTaskRequest(value: unknown): value is TaskRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'number' && typeof v.task === 'string';
}

export function isTaskReply(value: unknown): value is TaskReply {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'number' && typeof v.ok === 'boolean';
}
