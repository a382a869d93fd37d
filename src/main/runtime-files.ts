import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the built bundle's sibling files are. Entries (index, cli, serve, worker) are built side by
 * side into out/main, with the renderer in out/renderer, so each entry passes its own URL here.
 */
export function runtimeFiles(entryUrl: string): { workerFile: string; rendererDir: string; preloadFile: string } {
  const here = dirname(fileURLToPath(entryUrl));
  return {
    workerFile: join(here, 'worker.js'),
    rendererDir: join(here, '..', 'renderer'),
    preloadFile: join(here, '..', 'preload', 'index.cjs'),
  };
}
