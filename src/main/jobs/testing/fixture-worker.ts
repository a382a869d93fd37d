import { threadId } from 'node:worker_threads';
import { StudioError } from '../../../shared/errors';
import { serveWorkerTasks } from '../serve-worker-tasks';

/** A worker for the pool's own tests: tasks that succeed, refuse, crash and hang on demand. */
serveWorkerTasks({
  echo: (input: unknown) => input,
  threadId: () => threadId,
  sum: (input: Uint8Array) => input.reduce((a, b) => a + b, 0),
  refuse: () => {
    throw new StudioError('CORRUPT_FILE', 'The file is damaged.');
  },
  crash: () => process.exit(3),
  hang: () => new Promise(() => undefined),
  sleep: (ms: number) => new Promise((resolve) => setTimeout(() => resolve(threadId), ms)),
});
