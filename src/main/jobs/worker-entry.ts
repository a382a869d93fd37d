import { workerData } from 'node:worker_threads';
import { useCodeCache } from '../import/pdf/pdfjs-code-cache';
import { isWorkerData } from './worker-protocol';
import { serveWorkerTasks } from './serve-worker-tasks';
import { workerTasks } from './worker-tasks';

if (isWorkerData(workerData)) useCodeCache(workerData.codeCacheDir);
serveWorkerTasks(workerTasks);
