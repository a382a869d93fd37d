import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_VERSION } from './app-version';
import { bindIpc } from './ipc/bind-ipc';
import { runtimeFiles } from './runtime-files';
import { createHandlers } from './studio/handlers';
import { Studio } from './studio/studio';
import { createMainWindow } from './window/create-main-window';

/** The desktop app: one studio engine, one window, bound over IPC. */
app.enableSandbox();

async function start(): Promise<void> {
  await app.whenReady();
  const files = runtimeFiles(import.meta.url);
  const studio = new Studio({
    paths: {
      dataDir: app.getPath('userData'),
      projectsDir: process.env.DRAMATIS_PROJECTS_DIR || join(app.getPath('documents'), 'Dramatis'),
    },
    transport: 'electron',
    version: APP_VERSION,
    workerFile: files.workerFile,
  });
  const handlers = createHandlers(studio);
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  const rendererUrl = !app.isPackaged && devUrl ? devUrl : pathToFileURL(join(files.rendererDir, 'index.html')).href;

  const open = (): void => {
    const window = createMainWindow({ preloadFile: files.preloadFile, rendererUrl });
    const unbind = bindIpc({ studio, handlers, window, rendererUrl });
    window.on('closed', unbind);
  };
  open();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => void studio.dispose());
}

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

void start();
