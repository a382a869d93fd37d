import { serveWorkerTasks } from './serve-worker-tasks';
import { workerTasks } from './worker-tasks';

serveWorkerTasks(workerTasks);
