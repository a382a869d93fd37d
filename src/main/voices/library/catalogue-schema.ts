import { z } from 'zod';
import { GENDERS } from '../../../shared/script';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 lower-case hex digits');
const httpUrl = z.url({ protocol: /^https?$/ });

/**
 * A file name as the installer writes it: one plain name, no folders, nothing hidden, so a catalogue
 * can never place a file outside its voice's folder.
 */
export const safeFileName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, 'a plain file name of letters, digits, dots, dashes and underscores')
  .refine((name) => !name.includes('..') && !name.endsWith('.part'), 'no ".." and no ".part" ending');

export const catalogueFileSchema = z.object({
  /** The name inside the model folder, as the engine looks for it (see `engines/model-files.ts`). */
  name: safeFileName,
  /** What the engine does with the file: the network, its config, a pack of voices, the phoneme vocabulary. */
  role: z.enum(['model', 'config', 'voices', 'vocab']),
  /** Mirrors, tried in order. */
  urls: z.array(httpUrl).min(1),
  /** Null where no published digest could be found: installing it then needs the user's explicit consent. */
  sha256: sha256.nullable(),
  sizeBytes: z.number().int().positive(),
});

export const catalogueSpeakerSchema = z.object({
  /** The speaker number the model takes (`sid`). */
  id: z.number().int().nonnegative(),
  /** The speaker's name in the training corpus. */
  key: z.string().min(1),
  gender: z.enum(GENDERS),
  accent: z.string(),
});

export const catalogueEntrySchema = z
  .object({
    /** `engine:voice`, the same string `voiceId` gives for the voice (or for each speaker with `#n`). */
    id: z.string().min(1),
    engine: z.enum(['kokoro', 'piper']),
    voice: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/),
    /**
     * The model folder the voice lives in, `<models>/<engine>/<package>/`: the Piper voice itself, or
     * the Kokoro release whose one voice pack holds every Kokoro voice. Installing a voice installs it.
     */
    package: safeFileName,
    name: z.string().min(1),
    /** BCP 47, e.g. `en-GB`. */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/),
    /** `mixed` only for a multi-speaker model, whose speakers carry their own. */
    gender: z.enum([...GENDERS, 'mixed']),
    accent: z.string(),
    quality: z.enum(['low', 'medium', 'high']),
    sizeBytes: z.number().int().positive(),
    licence: z.string().min(1),
    licenceUrl: httpUrl,
    files: z.array(catalogueFileSchema).min(1),
    /** Described speakers of a multi-speaker model. */
    speakers: z.array(catalogueSpeakerSchema).optional(),
    /** Speakers of a multi-speaker model that the catalogue does not describe (numbered 0..n-1). */
    speakerCount: z.number().int().positive().optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.id !== `${entry.engine}:${entry.voice}`) ctx.addIssue({ code: 'custom', message: `id must be ${entry.engine}:${entry.voice}` });
    const total = entry.files.reduce((sum, f) => sum + f.sizeBytes, 0);
    if (total !== entry.sizeBytes) ctx.addIssue({ code: 'custom', message: `sizeBytes ${entry.sizeBytes} is not the sum of its files (${total})` });
    const names = entry.files.map((f) => f.name);
    if (new Set(names).size !== names.length) ctx.addIssue({ code: 'custom', message: 'two files share a name' });
    const multi = entry.speakers !== undefined || entry.speakerCount !== undefined;
    if (multi !== (entry.gender === 'mixed')) ctx.addIssue({ code: 'custom', message: 'gender is mixed exactly when the model has several speakers' });
    if (entry.speakers && entry.speakerCount) ctx.addIssue({ code: 'custom', message: 'give speakers or speakerCount, not both' });
    if (entry.speakers && new Set(entry.speakers.map((s) => s.id)).size !== entry.speakers.length) {
      ctx.addIssue({ code: 'custom', message: 'two speakers share an id' });
    }
  });

export const catalogueSchema = z
  .object({ version: z.literal(1), voices: z.array(catalogueEntrySchema) })
  .superRefine((catalogue, ctx) => {
    const ids = catalogue.voices.map((v) => v.id);
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate) ctx.addIssue({ code: 'custom', message: `two entries are ${duplicate}` });
    // Voices of one package share its files, so every one of them must list the same.
    const byPackage = new Map<string, string>();
    for (const voice of catalogue.voices) {
      const key = `${voice.engine}/${voice.package}`;
      const files = JSON.stringify(voice.files);
      const seen = byPackage.get(key);
      if (seen !== undefined && seen !== files) ctx.addIssue({ code: 'custom', message: `the voices of ${key} list different files` });
      byPackage.set(key, files);
    }
  });

export type CatalogueFile = z.infer<typeof catalogueFileSchema>;
export type CatalogueSpeaker = z.infer<typeof catalogueSpeakerSchema>;
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
