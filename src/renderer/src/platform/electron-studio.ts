import type { RequestName, StudioApi, StudioBridge } from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';
import { createListenerRegistry } from './listener-registry';
import { manuscriptFromFile } from './manuscript-from-file';

/** `window.studio` in the desktop app, over the preload's bridge. */
export function createElectronStudio(bridge: StudioBridge): StudioApi {
  const registry = createListenerRegistry();
  bridge.subscribe((event, payload) => registry.emit(event, payload));
  return {
    async request(name, input) {
      const reply = await bridge.invoke(name as RequestName, input);
      if (!reply.ok) throw new StudioError(reply.error.code, reply.error.message);
      return reply.value as never;
    },
    on: registry.on,
    platform: {
      kind: 'electron',
      async pickManuscript() {
        const path = await bridge.pickManuscript();
        return path ? { kind: 'path', path } : null;
      },
      pickProjectPath: (suggestedName) => bridge.pickProjectPath(suggestedName),
      pickFolder: (defaultPath) => bridge.pickFolder(defaultPath),
      async sourceForFile(file) {
        const path = bridge.pathForFile(file);
        return path ? { kind: 'path', path } : manuscriptFromFile(file);
      },
    },
  };
}
