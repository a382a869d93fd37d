import { z } from 'zod';
import type { LlmCheck, StudioSettings } from '../settings';
import { emptyInput, request } from './declare-request';

const endpoint = z
  .string()
  .trim()
  .url()
  .max(500)
  .refine((u) => /^https?:\/\//i.test(u), 'an http or https URL');

export const llmSettingsPatch = z
  .object({
    enabled: z.boolean(),
    endpoints: z.array(endpoint).min(1).max(16),
    model: z.string().trim().min(1).max(200),
    timeoutMs: z.number().int().min(1000).max(600_000),
    threshold: z.number().min(0).max(1),
  })
  .partial()
  .strict();

/** The settings the UI edits. */
export const settingsRequests = {
  'settings.get': request<StudioSettings>()(emptyInput),
  'settings.update': request<StudioSettings>()(
    z
      .object({
        llm: llmSettingsPatch.optional(),
        ffmpegPath: z.string().max(4096).optional(),
      })
      .strict(),
  ),
  /** Asks every configured Ollama endpoint which models it serves. */
  'settings.checkLlm': request<LlmCheck[]>()(emptyInput),
} as const;
