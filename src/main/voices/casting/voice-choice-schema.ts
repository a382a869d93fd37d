import { z } from 'zod';
import { ENGINE_IDS } from '../../../shared/voices';
import type { VoiceChoice } from './casting-types';

export const voiceRefSchema = z.object({
  engine: z.enum(ENGINE_IDS),
  voice: z.string().min(1).max(200),
  speaker: z.number().int().nonnegative().optional(),
});

export const blendSchema = z.array(z.object({ voice: voiceRefSchema, weight: z.number().min(0).max(1) })).max(8);

export const voiceSettingsSchema = z.object({
  speed: z.number().min(0.5).max(2),
  pitch: z.number().min(-12).max(12),
  blend: blendSchema.optional(),
});

export const voiceChoiceSchema: z.ZodType<VoiceChoice> = z.object({ voice: voiceRefSchema, settings: voiceSettingsSchema });
