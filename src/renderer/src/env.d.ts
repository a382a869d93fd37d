/// <reference types="vite/client" />
import type { StudioApi, StudioBridge } from '../../shared/contract';

declare global {
  interface Window {
    /**
     * The engine, as the renderer sees it. Installed at start-up by `installStudio`: over the preload's
     * bridge in the desktop app, over HTTP + WebSocket in the browser mode.
     */
    studio?: StudioApi;
    /** The desktop preload's transport; absent in a browser. */
    studioBridge?: StudioBridge;
  }
}

export {};
