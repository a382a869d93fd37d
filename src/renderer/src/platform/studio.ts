import type { StudioApi } from '../../../shared/contract';

/** The engine, for store actions. Components never call it directly. */
export function studio(): StudioApi {
  const api = window.studio;
  if (!api) throw new Error('window.studio is not installed: installStudio must run before the app renders.');
  return api;
}
