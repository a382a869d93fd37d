import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { APP_VERSION } from '../app-version';
import { runtimeFiles } from '../runtime-files';
import { defaultAppPaths } from '../settings/app-paths';
import { createHandlers } from '../studio/handlers';
import { Studio } from '../studio/studio';
import { startStudioServer } from './http-server';

/** `npm run serve`: the studio in a browser, on loopback, behind a per-launch token. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      'projects-dir': { type: 'string' },
      'data-dir': { type: 'string' },
    },
  });
  const defaults = defaultAppPaths();
  const paths = {
    dataDir: values['data-dir'] ? resolve(values['data-dir']) : defaults.dataDir,
    projectsDir: values['projects-dir'] ? resolve(values['projects-dir']) : defaults.projectsDir,
  };
  const files = runtimeFiles(import.meta.url);
  const studio = new Studio({ paths, transport: 'http', version: APP_VERSION, workerFile: files.workerFile });
  const token = randomBytes(24).toString('base64url');
  const server = await startStudioServer({
    handlers: createHandlers(studio),
    events: studio.events,
    token,
    rendererDir: files.rendererDir,
    host: values.host,
    port: Number(values.port),
  });
  process.stdout.write(`Dramatis studio: ${server.url}?token=${token}\n`);
  process.stdout.write(`Projects are saved in ${paths.projectsDir}. Press Ctrl+C to stop.\n`);
  const stop = (): void => {
    void Promise.all([server.close(), studio.dispose()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
