import type { CastMember } from '../../../../shared/script-editing';
import { RECENT_LIMIT } from './recent-speakers';

/**
 * The speakers the number keys 1–9 reach: those chosen most recently, then the characters with the
 * most lines, so the keys work from the first fix. The narrator only when chosen before.
 */
export function speakerShortcuts(recent: readonly number[], cast: readonly CastMember[]): CastMember[] {
  const byId = new Map(cast.map((c) => [c.id, c]));
  const chosen: CastMember[] = [];
  for (const id of recent) {
    const member = byId.get(id);
    if (member) chosen.push(member);
  }
  const taken = new Set(chosen.map((c) => c.id));
  const busiest = cast.filter((c) => !c.narrator && !taken.has(c.id)).sort((a, b) => b.lines - a.lines);
  return [...chosen, ...busiest].slice(0, RECENT_LIMIT);
}

export type SpeakerOption =
  | { kind: 'character'; member: CastMember; slot: number | null }
  | { kind: 'new'; name: string };

/** Folds case and accents, so "eliza" finds "Éliza". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** How well a name matches what was typed: 0 a whole-name prefix, 1 a word prefix, 2 inside, -1 not at all. */
function matchRank(name: string, query: string): number {
  const folded = fold(name);
  if (folded.startsWith(query)) return 0;
  if (folded.split(/[\s.'’-]+/).some((word) => word.startsWith(query))) return 1;
  return folded.includes(query) ? 2 : -1;
}

/**
 * The speaker menu's options for what was typed: with nothing typed, the numbered shortcuts then
 * everyone else by lines; with a query, the characters whose name or an alias matches (best matches
 * first), then "New character" with the typed name unless someone is called exactly that.
 */
export function speakerOptions(cast: readonly CastMember[], shortcuts: readonly CastMember[], typed: string): SpeakerOption[] {
  const slotOf = new Map(shortcuts.map((c, i) => [c.id, i + 1]));
  const query = fold(typed.trim());
  if (!query) {
    const rest = cast.filter((c) => !slotOf.has(c.id)).sort((a, b) => Number(a.narrator) - Number(b.narrator) || b.lines - a.lines);
    return [
      ...shortcuts.map((member, i): SpeakerOption => ({ kind: 'character', member, slot: i + 1 })),
      ...rest.map((member): SpeakerOption => ({ kind: 'character', member, slot: null })),
      { kind: 'new', name: '' },
    ];
  }
  const ranked = cast
    .map((member) => {
      const ranks = [member.name, ...member.aliases].map((name) => matchRank(name, query)).filter((r) => r >= 0);
      return { member, rank: ranks.length ? Math.min(...ranks) : -1 };
    })
    .filter((r) => r.rank >= 0)
    .sort((a, b) => a.rank - b.rank || b.member.lines - a.member.lines);
  const options: SpeakerOption[] = ranked.map(({ member }) => ({ kind: 'character', member, slot: slotOf.get(member.id) ?? null }));
  const exact = cast.some((c) => fold(c.name) === query);
  if (!exact) options.push({ kind: 'new', name: typed.trim() });
  return options;
}
