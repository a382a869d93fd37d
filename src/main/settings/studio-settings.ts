import { DEFAULT_LLM_SETTINGS, type LlmSettings, type StudioSettings } from '../../shared/settings';
import type { SettingsStore } from './settings-store';

/** The settings as the UI sees them: stored values over the defaults. */
export function readStudioSettings(store: SettingsStore): StudioSettings {
  const stored = store.read();
  return { llm: { ...DEFAULT_LLM_SETTINGS, ...stored.llm }, ffmpegPath: stored.ffmpegPath ?? '' };
}

export function updateStudioSettings(store: SettingsStore, patch: { llm?: Partial<LlmSettings>; ffmpegPath?: string }): StudioSettings {
  const current = readStudioSettings(store);
  store.update({
    ...(patch.llm ? { llm: { ...current.llm, ...patch.llm } } : {}),
    ...(patch.ffmpegPath !== undefined ? { ffmpegPath: patch.ffmpegPath.trim() === '' ? undefined : patch.ffmpegPath.trim() } : {}),
  });
  return readStudioSettings(store);
}
