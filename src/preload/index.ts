import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { IPC_CHANNELS, isRequestName, type EventName, type Reply, type StudioBridge } from '../shared/contract';

/** Exposes the contract's transport to the page, and nothing else: no Node, no raw ipcRenderer. */
const bridge: StudioBridge = {
  invoke: (name, input) => {
    if (!isRequestName(name)) return Promise.resolve<Reply<unknown>>({ ok: false, error: { code: 'INVALID_REQUEST', message: 'Unknown request.' } });
    return ipcRenderer.invoke(IPC_CHANNELS.request, { name, input }) as Promise<Reply<unknown>>;
  },
  subscribe: (listener) => {
    const handler = (_event: Electron.IpcRendererEvent, message: { event: EventName; payload: unknown }): void => listener(message.event, message.payload);
    ipcRenderer.on(IPC_CHANNELS.event, handler);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.event, handler);
    };
  },
  pickManuscript: () => ipcRenderer.invoke(IPC_CHANNELS.pickManuscript) as Promise<string | null>,
  pickProjectPath: (suggestedName) => ipcRenderer.invoke(IPC_CHANNELS.pickProjectPath, suggestedName) as Promise<string | null>,
  pickFolder: (defaultPath) => ipcRenderer.invoke(IPC_CHANNELS.pickFolder, defaultPath) as Promise<string | null>,
  pathForFile: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('studioBridge', bridge);
