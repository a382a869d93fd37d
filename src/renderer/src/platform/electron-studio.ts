import type { EventName, RequestName, StudioApi, StudioBridge, StudioEvents } from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';

/** `window.studio` in the desktop app, over the preload's bridge. */
export function createElectronStudio(bridge: StudioBridge): StudioApi {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  bridge.subscribe((event, payload) => {
    for (const listener of listeners.get(event) ?? []) listener(payload as never);
  });
  return {
    async request(name, input) {
      const reply = await bridge.invoke(name as RequestName, input);
      if (!reply.ok) throw new StudioError(reply.error.code, reply.error.message);
      return reply.value as never;
    },
    on<E extends EventName>(event: E, listener: (payload: StudioEvents[E]) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
    platform: {
      kind: 'electron',
      async pickManuscript() {
        const path = await bridge.pickManuscript();
        return path ? { kind: 'path', path } : null;
      },
      pickProjectPath: (suggestedName) => bridge.pickProjectPath(suggestedName),
      async sourceForFile(file) {
        const path = bridge.pathForFile(file);
        return path ? { kind: 'path', path } : { kind: 'bytes', name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
      },
    },
  };
}
