import { z } from 'zod';
import { catalogueFileSchema } from './catalogue-schema';

/**
 * Written last into a model folder, just before the folder is renamed into place: a folder with it
 * holds a finished, verified install.
 */
export const installedManifestSchema = z.object({
  engine: z.enum(['kokoro', 'piper']),
  package: z.string(),
  /** The catalogue voices this folder gives. */
  voices: z.array(z.string()),
  installedAt: z.string(),
  files: z.array(
    catalogueFileSchema.pick({ name: true, role: true, sha256: true, sizeBytes: true }).extend({
      /** False when the catalogue had no checksum and the user installed it unverified. */
      verified: z.boolean(),
    }),
  ),
});

export type InstalledManifest = z.infer<typeof installedManifestSchema>;

export const MANIFEST_NAME = 'dramatis-manifest.json';
