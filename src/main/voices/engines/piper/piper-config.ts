import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { StudioError } from '../../../../shared/errors';

/** The part of a Piper voice's `.onnx.json` that synthesis reads. */
const schema = z.object({
  audio: z.object({ sample_rate: z.number().int().positive(), quality: z.string().optional() }),
  espeak: z.object({ voice: z.string() }).optional(),
  inference: z
    .object({ noise_scale: z.number(), length_scale: z.number().positive(), noise_w: z.number() })
    .partial()
    .optional(),
  phoneme_type: z.string().optional(),
  phoneme_id_map: z.record(z.string(), z.array(z.number().int().nonnegative())),
  num_speakers: z.number().int().positive().optional(),
  speaker_id_map: z.record(z.string(), z.number().int().nonnegative()).optional(),
  language: z
    .object({ code: z.string(), name_english: z.string(), country_english: z.string(), region: z.string() })
    .partial()
    .optional(),
  dataset: z.string().optional(),
});

export interface PiperConfig {
  sampleRate: number;
  quality: string;
  espeakVoice: string;
  /** `espeak`: eSpeak NG phonemes; `text`: the text's own letters. */
  phonemeType: 'espeak' | 'text';
  phonemeIdMap: Map<string, number[]>;
  noiseScale: number;
  lengthScale: number;
  noiseW: number;
  numSpeakers: number;
  /** Speaker names by id. */
  speakers: Map<number, string>;
  /** BCP 47, e.g. `en-GB`. */
  language: string;
  country: string;
  dataset: string;
}

export function readPiperConfig(path: string): PiperConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new StudioError('CORRUPT_FILE', `The Piper voice configuration ${path} is not readable JSON. Reinstall the voice.`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new StudioError('CORRUPT_FILE', `The Piper voice configuration ${path} is incomplete: ${parsed.error.issues[0]?.path.join('.')} is missing or wrong.`);
  const c = parsed.data;
  const type = c.phoneme_type ?? 'espeak';
  if (type !== 'espeak' && type !== 'text') {
    throw new StudioError('UNSUPPORTED_FORMAT', `This Piper voice reads “${type}” phonemes; Dramatis reads eSpeak NG and text voices.`);
  }
  const code = c.language?.code ?? c.espeak?.voice ?? 'en';
  return {
    sampleRate: c.audio.sample_rate,
    quality: c.audio.quality ?? 'medium',
    espeakVoice: c.espeak?.voice ?? code.replace('_', '-').toLowerCase(),
    phonemeType: type,
    phonemeIdMap: new Map(Object.entries(c.phoneme_id_map)),
    noiseScale: c.inference?.noise_scale ?? 0.667,
    lengthScale: c.inference?.length_scale ?? 1,
    noiseW: c.inference?.noise_w ?? 0.8,
    numSpeakers: c.num_speakers ?? 1,
    speakers: new Map(Object.entries(c.speaker_id_map ?? {}).map(([name, id]) => [id, name])),
    language: code.replace('_', '-'),
    country: c.language?.country_english ?? c.language?.region ?? '',
    dataset: c.dataset ?? '',
  };
}
