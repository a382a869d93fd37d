/** `ffprobe -show_format -show_streams -show_chapters -of json`, read into the few facts we check. */
import { z } from 'zod';

const tags = z.record(z.string(), z.string()).optional();
const numeric = z.union([z.string(), z.number()]).optional();

const probeSchema = z.object({
  streams: z
    .array(
      z.object({
        codec_name: z.string().optional(),
        codec_type: z.string().optional(),
        sample_rate: numeric,
        channels: z.number().optional(),
        bit_rate: numeric,
        disposition: z.object({ attached_pic: z.number().optional() }).partial().optional(),
        tags,
      }),
    )
    .default([]),
  chapters: z
    .array(z.object({ start_time: numeric, end_time: numeric, tags }))
    .default([]),
  format: z.object({
    format_name: z.string(),
    duration: numeric,
    start_time: numeric,
    bit_rate: numeric,
    tags,
  }),
});

export interface ProbedMedia {
  formatName: string;
  durationSeconds: number;
  startSeconds: number;
  bitrate: number | null;
  /** Container tags with lower-case keys (MP3 and MP4 spell them differently). */
  tags: Record<string, string>;
  audio: { codec: string; sampleRate: number; channels: number; bitrate: number | null } | null;
  images: Array<{ codec: string; attachedPic: boolean }>;
  chapters: Array<{ start: number; end: number; title: string }>;
}

function num(value: string | number | undefined): number | null {
  if (value === undefined) return null;
  const n = typeof value === 'number' ? value : Number.parseFloat(value);
  return Number.isFinite(n) ? n : null;
}

function lowerKeys(record: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(record ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
}

/** Throws a SyntaxError or a ZodError on output that is not ffprobe's JSON. */
export function parseFfprobe(json: string): ProbedMedia {
  const probe = probeSchema.parse(JSON.parse(json));
  const audio = probe.streams.find((s) => s.codec_type === 'audio');
  return {
    formatName: probe.format.format_name,
    durationSeconds: num(probe.format.duration) ?? 0,
    startSeconds: num(probe.format.start_time) ?? 0,
    bitrate: num(probe.format.bit_rate),
    tags: lowerKeys(probe.format.tags),
    audio: audio
      ? { codec: audio.codec_name ?? 'unknown', sampleRate: num(audio.sample_rate) ?? 0, channels: audio.channels ?? 0, bitrate: num(audio.bit_rate) }
      : null,
    images: probe.streams.filter((s) => s.codec_type === 'video').map((s) => ({ codec: s.codec_name ?? 'unknown', attachedPic: s.disposition?.attached_pic === 1 })),
    chapters: probe.chapters.map((c) => ({ start: num(c.start_time) ?? 0, end: num(c.end_time) ?? 0, title: lowerKeys(c.tags).title ?? '' })),
  };
}
