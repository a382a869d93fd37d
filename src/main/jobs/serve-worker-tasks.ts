import { parentPort } from 'node:worker_threads';
import { isTaskRequest, serializeError, type TaskReply } from './worker-protocol';

type TaskTable = Record<string, (input: never) => Promise<unknown> | unknown>;

/** Answers the pool's requests inside a worker thread, one table of tasks per worker script. */
export function serveWorkerTasks(tasks: TaskTable): void {
  const port = parentPort;
  if (!port) throw new Error('serveWorkerTasks must run inside a worker thread');
  port.on('message', (message: unknown) => {
    if (!isTaskRequest(message)) return;
    const { id, task, input } = message;
    const handler = Object.prototype.hasOwnProperty.call(tasks, task) ? tasks[task] : undefined;
    const reply = (r: TaskReply): void => port.postMessage(r);
    if (!handler) {
      reply({ id, ok: false, error: { name: 'Error', message: `unknown worker task ${task}` } });
      return;
    }
    Promise.resolve()
      .then(() => handler(input as never))
      .then(
        (value) => reply({ id, ok: true, value }),
        (error: unknown) => reply({ id, ok: false, error: serializeError(error) }),
      );
  });
}
