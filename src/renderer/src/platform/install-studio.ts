import type { StudioApi } from '../../../shared/contract';
import { createElectronStudio } from './electron-studio';
import { createBrowserStudio } from './web-studio';

/**
 * Gives the page its `window.studio`: over the preload's bridge in the desktop app, over the
 * browser-mode server otherwise. One already installed is kept.
 */
export function installStudio(win: Window): StudioApi {
  win.studio ??= win.studioBridge ? createElectronStudio(win.studioBridge) : createBrowserStudio(win);
  return win.studio;
}
