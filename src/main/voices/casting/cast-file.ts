import { z } from 'zod';
import { StudioError } from '../../../shared/errors';
import { GENDERS, type Gender } from '../../../shared/script';
import type { VoiceChoice } from './casting-types';
import { voiceChoiceSchema } from './voice-choice-schema';

/**
 * A saved cast, to reuse in another project (a sequel, a series): who reads, under which names, with
 * which voice and settings.
 */
export const castFileSchema = z.object({
  format: z.literal('dramatis-cast'),
  version: z.literal(1),
  narrator: voiceChoiceSchema.optional(),
  characters: z
    .array(
      z.object({
        name: z.string().min(1).max(200),
        aliases: z.array(z.string().min(1).max(200)).max(100).default([]),
        gender: z.enum(GENDERS).optional(),
        choice: voiceChoiceSchema,
      }),
    )
    .max(5000),
});

export type CastFile = z.infer<typeof castFileSchema>;

/** A character of the project a cast file is applied to. */
export interface CastTarget {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface CastForExport {
  narrator?: VoiceChoice;
  characters: ReadonlyArray<{ name: string; aliases: readonly string[]; gender?: Gender; choice: VoiceChoice }>;
}

export function exportCast(cast: CastForExport): string {
  const file: CastFile = {
    format: 'dramatis-cast',
    version: 1,
    ...(cast.narrator ? { narrator: cast.narrator } : {}),
    characters: cast.characters.map((c) => ({ name: c.name, aliases: [...c.aliases], ...(c.gender ? { gender: c.gender } : {}), choice: c.choice })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function parseCastFile(text: string): CastFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new StudioError('INVALID_REQUEST', 'This file is not a Dramatis cast: it is not JSON.');
  }
  const parsed = castFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StudioError('INVALID_REQUEST', `This file is not a Dramatis cast (${issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'unreadable'}).`);
  }
  return parsed.data;
}

export interface CastMatch {
  narrator?: VoiceChoice;
  /** Voices for the project's characters, by character id. */
  characters: Record<string, VoiceChoice>;
  /** Names in the file that matched no character, or more than one. */
  unmatched: string[];
}

/**
 * Applies a cast file to a project's characters. A cast entry goes to the one character with its
 * name; failing that, to the one character whose alias is its name (or whose name is its alias);
 * failing that, to the one character sharing an alias. An entry that fits several characters at its
 * best level is left out rather than guessed. Each character takes at most one entry.
 */
export function matchCast(file: CastFile, targets: readonly CastTarget[]): CastMatch {
  const characters: Record<string, VoiceChoice> = {};
  const taken = new Set<string>();
  const pending = file.characters.map((entry, index) => ({ entry, index }));

  const claim = (entryIndex: number, targetId: string): void => {
    characters[targetId] = file.characters[entryIndex]!.choice;
    taken.add(targetId);
    pending.splice(
      pending.findIndex((p) => p.index === entryIndex),
      1,
    );
  };

  // Strongest evidence first: the same name; a name the other side knows as an alias; a shared alias.
  const passes: Array<(entry: CastFile['characters'][number], target: CastTarget) => boolean> = [
    (entry, target) => normalise(entry.name) === normalise(target.name),
    (entry, target) =>
      target.aliases.some((a) => normalise(a) === normalise(entry.name)) || entry.aliases.some((a) => normalise(a) === normalise(target.name)),
    (entry, target) => entry.aliases.some((a) => target.aliases.some((b) => normalise(a) === normalise(b))),
  ];
  for (const fits of passes) {
    for (const { entry, index } of [...pending]) {
      const found = targets.filter((t) => !taken.has(t.id) && fits(entry, t));
      if (found.length === 1) claim(index, found[0]!.id);
    }
  }
  return { ...(file.narrator ? { narrator: file.narrator } : {}), characters, unmatched: pending.map((p) => p.entry.name) };
}

/** `Mr. Darcy`, `mr darcy` and `MR  DARCY` are one name. */
function normalise(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
