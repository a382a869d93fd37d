import { dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { IPC_CHANNELS, type Reply } from '../../shared/contract';
import { isTrustedSender } from '../security/trusted-sender';
import { dispatchRequest } from '../studio/dispatch-request';
import { folderDialogStart } from './folder-dialog-start';
import type { Handlers } from '../studio/handlers';
import type { Studio } from '../studio/studio';

const MANUSCRIPT_FILTERS = [
  { name: 'Manuscripts', extensions: ['epub', 'pdf', 'docx', 'md', 'markdown', 'txt', 'html', 'htm', 'xhtml'] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * Binds the contract to Electron IPC: one channel for requests, one for events, three for native
 * dialogs. Every call is checked to come from our own page before anything else happens.
 */
export function bindIpc(options: { studio: Studio; handlers: Handlers; window: BrowserWindow; rendererUrl: string }): () => void {
  const { studio, handlers, window, rendererUrl } = options;
  const trusted = (event: IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame;
    return event.sender === window.webContents && isTrustedSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null, rendererUrl);
  };
  const refused: Reply<never> = { ok: false, error: { code: 'INVALID_REQUEST', message: 'The request came from an untrusted page.' } };

  ipcMain.handle(IPC_CHANNELS.request, (event, message: unknown) => {
    if (!trusted(event)) return refused;
    const { name, input } = (typeof message === 'object' && message !== null ? message : {}) as { name?: unknown; input?: unknown };
    return dispatchRequest(handlers, name, input);
  });

  ipcMain.handle(IPC_CHANNELS.pickManuscript, async (event) => {
    if (!trusted(event)) return null;
    const result = await dialog.showOpenDialog(window, { title: 'Open manuscript', properties: ['openFile'], filters: MANUSCRIPT_FILTERS });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });

  ipcMain.handle(IPC_CHANNELS.pickProjectPath, async (event, suggested: unknown) => {
    if (!trusted(event)) return null;
    const name = typeof suggested === 'string' ? suggested.replace(/[/\\\0]/g, ' ').slice(0, 120) : 'Untitled';
    const result = await dialog.showSaveDialog(window, {
      title: 'Save the project as',
      defaultPath: join(studio.options.paths.projectsDir, `${name}.dramatis`),
      filters: [{ name: 'Dramatis project', extensions: ['dramatis'] }],
    });
    return result.canceled || !result.filePath ? null : result.filePath;
  });

  ipcMain.handle(IPC_CHANNELS.pickFolder, async (event, defaultPath: unknown) => {
    if (!trusted(event)) return null;
    const start = folderDialogStart(defaultPath, studio.options.paths.projectsDir);
    if (start === null) return null;
    const result = await dialog.showOpenDialog(window, { title: 'Choose a folder', defaultPath: start, properties: ['openDirectory', 'createDirectory'] });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });

  const unsubscribe = studio.events.subscribe((event, payload) => {
    if (!window.isDestroyed()) window.webContents.send(IPC_CHANNELS.event, { event, payload });
  });

  return () => {
    unsubscribe();
    for (const channel of [IPC_CHANNELS.request, IPC_CHANNELS.pickManuscript, IPC_CHANNELS.pickProjectPath, IPC_CHANNELS.pickFolder]) ipcMain.removeHandler(channel);
  };
}
