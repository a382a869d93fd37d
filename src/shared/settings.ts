/** User settings that the UI shows and edits. Stored by the engine in the user data folder. */

export interface LlmSettings {
  /** Off by default: nothing needs a language model, it only settles lines the rules left uncertain. */
  enabled: boolean;
  /** Ollama base URLs; requests are spread over them. */
  endpoints: string[];
  model: string;
  timeoutMs: number;
  /** Dialogue below this confidence goes to the model. */
  threshold: number;
}

export interface StudioSettings {
  llm: LlmSettings;
  /** An FFmpeg binary chosen by the user; empty for the bundled or the system one. */
  ffmpegPath: string;
}

export const DEFAULT_LLM_SETTINGS: LlmSettings = {
  enabled: false,
  endpoints: ['http://127.0.0.1:11434'],
  model: 'llama3.1:8b',
  timeoutMs: 20_000,
  threshold: 0.6,
};

/** What a check of the language model endpoints found. */
export interface LlmCheck {
  endpoint: string;
  ok: boolean;
  /** The models the endpoint serves, when it answered. */
  models: string[];
  /** Why it failed, in words. */
  error?: string;
}
