import type { settingsRequests } from '../../shared/requests/settings-requests';
import { checkLlmEndpoints } from '../analysis/llm/check-endpoints';
import { readStudioSettings, updateStudioSettings } from '../settings/studio-settings';
import type { DomainHandlers } from './handlers';
import type { Studio } from './studio';

export function settingsHandlers(studio: Studio): DomainHandlers<typeof settingsRequests> {
  return {
    'settings.get': () => readStudioSettings(studio.settings),
    'settings.update': (patch) => updateStudioSettings(studio.settings, patch),
    'settings.checkLlm': () => checkLlmEndpoints(readStudioSettings(studio.settings).llm.endpoints),
  };
}
