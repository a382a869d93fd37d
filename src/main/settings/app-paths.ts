import { homedir } from 'node:os';
import { join } from 'node:path';

export interface AppPaths {
  /** Settings, the recent list, and later voice models and the audio cache. */
  dataDir: string;
  /** Where projects go when the user does not choose a place. */
  projectsDir: string;
}

/** Defaults for plain Node (CLI, browser mode); the Electron entry passes its own userData path. */
export function defaultAppPaths(env: NodeJS.ProcessEnv = process.env): AppPaths {
  const home = homedir();
  const configBase = env.XDG_CONFIG_HOME || join(home, '.config');
  return {
    dataDir: env.DRAMATIS_DATA_DIR || join(configBase, 'dramatis'),
    projectsDir: env.DRAMATIS_PROJECTS_DIR || join(home, 'Dramatis'),
  };
}

/** Where the command line keeps what it can rebuild: projects of rendered files, compiled code. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DRAMATIS_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dramatis');
}

/** The folder for compiled code inside a data or cache folder (see `WorkerPoolOptions.codeCacheDir`). */
export function codeCacheDir(base: string): string {
  return join(base, 'code-cache');
}
