/** How many recent speakers the number keys reach (1 to 9). */
export const RECENT_LIMIT = 9;

/** The speakers most recently chosen, newest first, each once. */
export function pushRecent(recent: readonly number[], characterId: number): number[] {
  return [characterId, ...recent.filter((id) => id !== characterId)].slice(0, RECENT_LIMIT);
}

/** Drops speakers that left the cast (merged away, undone). */
export function keepKnown(recent: readonly number[], known: ReadonlySet<number>): number[] {
  const kept = recent.filter((id) => known.has(id));
  return kept.length === recent.length ? (recent as number[]) : kept;
}
