import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

export const settingsSchema = z.object({
  /** An FFmpeg binary chosen by the user; wins over the bundled and the system one. */
  ffmpegPath: z.string().optional(),
  /** The local language model for uncertain lines (see `StudioSettings.llm`); absent means the defaults. */
  llm: z
    .object({
      enabled: z.boolean(),
      endpoints: z.array(z.string()).min(1),
      model: z.string().min(1),
      timeoutMs: z.number().int().positive(),
      threshold: z.number().min(0).max(1),
    })
    .optional(),
  /** A base URL that replaces the host of every voice download (see `mirrorUrl`). */
  voiceDownloadMirror: z.url({ protocol: /^https?$/ }).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** User settings as a JSON file in the data folder. A damaged file falls back to defaults. */
export class SettingsStore {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'settings.json');
  }

  read(): Settings {
    if (!existsSync(this.file)) return {};
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }

  update(patch: Partial<Settings>): Settings {
    const next = settingsSchema.parse({ ...this.read(), ...patch });
    writeFileAtomic(this.file, JSON.stringify(next, null, 2));
    return next;
  }
}
