import { StudioError } from '../../shared/errors';
import type { Gender } from '../../shared/script';
import { sameName, type EditContext } from './edit-context';
import { characterRecord, parseAliases } from './read-cast';
import { effectiveSpeaker, segmentRecord, spanOf } from './segment-records';
import { statement } from './statements';

/** Edits of the cast. Each returns the label of its undo step. */

function cleanAliases(aliases: string[], name: string): string[] {
  const seen = new Set([sameName(name)]);
  const out: string[] = [];
  for (const alias of aliases.map((a) => a.trim())) {
    const key = sameName(alias);
    if (alias.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

export function createCharacter(ctx: EditContext, name: string, gender: Gender): string {
  return `Add ${ctx.createCharacter(name, gender).name}`;
}

export interface CharacterUpdate {
  characterId: number;
  name?: string;
  aliases?: string[];
  gender?: Gender;
  colour?: string;
}

export function updateCharacter(ctx: EditContext, update: CharacterUpdate): string {
  const c = characterRecord(ctx.db, update.characterId);
  const name = update.name?.trim() ?? c.name;
  if (update.name !== undefined) ctx.checkNameFree(name, c.id);
  const aliases = cleanAliases(update.aliases ?? parseAliases(c.aliases), name);
  const authored = update.name !== undefined || update.aliases !== undefined || update.gender !== undefined;
  ctx.updateCharacter(c.id, {
    name,
    aliases: JSON.stringify(aliases),
    ...(update.gender !== undefined ? { gender: update.gender } : {}),
    ...(update.colour !== undefined ? { colour: update.colour.toLowerCase() } : {}),
    ...(authored ? { author_edited: 1 } : {}),
  });
  return `Edit ${name}`;
}

/**
 * Folds one character into another: every line, alias and merge of `fromId` goes to `intoId`, whose
 * aliases gain `fromId`'s name. A re-analysis that finds `fromId` again gives its lines to `intoId`.
 */
export function mergeCharacters(ctx: EditContext, fromId: number, intoId: number): string {
  if (fromId === intoId) throw new StudioError('INVALID_REQUEST', 'A character cannot be merged into itself: choose another character to merge into.');
  const from = characterRecord(ctx.db, fromId);
  const into = characterRecord(ctx.db, intoId);
  const aliases = cleanAliases([...parseAliases(into.aliases), from.name, ...parseAliases(from.aliases)], into.name);
  if (from.narrator === 1) {
    // One narrator at a time: step the old one down before the new one takes over.
    ctx.updateCharacter(from.id, { narrator: 0 });
    ctx.updateCharacter(into.id, { narrator: 1 });
  }
  ctx.updateCharacter(into.id, { aliases: JSON.stringify(aliases), author_edited: 1 });

  const segments = statement(ctx.db, 'SELECT id FROM segments WHERE speaker_id = ?').all(from.id) as Array<{ id: number }>;
  for (const { id } of segments) ctx.updateSegment(id, { speaker_id: into.id });
  const corrections = statement(ctx.db, 'SELECT chapter_id, source, start, end, kind, confidence FROM speaker_corrections WHERE speaker_id = ?').all(from.id) as Array<{
    chapter_id: number; source: string; start: number; end: number; kind: 'author' | 'propagated'; confidence: number | null;
  }>;
  for (const k of corrections) ctx.setCorrection({ chapterId: k.chapter_id, source: k.source, start: k.start, end: k.end }, into.id, k.kind, k.confidence);
  const redirects = statement(ctx.db, 'SELECT key FROM character_redirects WHERE character_id = ?').all(from.id) as Array<{ key: string }>;
  for (const { key } of [...redirects, ...(from.key.startsWith('analysis:') ? [{ key: from.key }] : [])]) ctx.redirect(key, into.id);
  ctx.deleteCharacter(from.id);
  return `Merge ${from.name} into ${into.name}`;
}

/** Gives some of a character's lines and aliases to a new character (two people the analysis took for one). */
export function splitCharacter(ctx: EditContext, input: { characterId: number; name: string; segmentIds: number[]; aliases: string[] }): string {
  const source = characterRecord(ctx.db, input.characterId);
  const sourceAliases = parseAliases(source.aliases);
  const moving = new Set<string>();
  for (const alias of input.aliases) {
    const found = sourceAliases.find((a) => sameName(a) === sameName(alias));
    if (!found) throw new StudioError('INVALID_REQUEST', `“${alias}” is not one of ${source.name}’s names, so it cannot move to ${input.name}.`);
    moving.add(found);
  }
  const lines = [...new Set(input.segmentIds)].map((id) => segmentRecord(ctx.db, id));
  for (const r of lines) {
    if (effectiveSpeaker(r, ctx.narrator) !== source.id) {
      throw new StudioError('INVALID_REQUEST', `Line ${r.id} is not spoken by ${source.name}, so it cannot move to ${input.name}.`);
    }
  }
  const created = ctx.createCharacter(input.name, 'unknown');
  ctx.updateCharacter(created.id, { aliases: JSON.stringify(cleanAliases([...moving], created.name)) });
  ctx.updateCharacter(source.id, { aliases: JSON.stringify(sourceAliases.filter((a) => !moving.has(a))), author_edited: 1 });
  for (const r of lines) ctx.setCorrection(spanOf(r), created.id, 'author');
  return `Split ${created.name} from ${source.name}`;
}
