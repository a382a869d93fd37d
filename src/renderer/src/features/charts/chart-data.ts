import type { CastMember, CharacterStats } from '../../../../shared/script-editing';

export type Measure = 'lines' | 'words';

export interface CharacterBar {
  id: number;
  name: string;
  colour: string;
  value: number;
}

/** The characters with the most lines (or words), biggest first; the narrator only when asked for. */
export function characterBars(cast: readonly CastMember[], measure: Measure, includeNarrator: boolean, limit = 15): CharacterBar[] {
  return cast
    .filter((c) => (includeNarrator || !c.narrator) && c[measure] > 0)
    .sort((a, b) => b[measure] - a[measure] || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((c) => ({ id: c.id, name: c.name, colour: c.colour, value: c[measure] }));
}

export interface ColumnPart {
  id: number | null;
  name: string;
  colour: string;
  value: number;
}

export interface ChapterColumn {
  chapterId: number;
  title: string;
  total: number;
  /** The main characters' shares, in the legend's order, then everyone else together. */
  parts: ColumnPart[];
}

export const OTHERS_COLOUR = '#9a9aa6';

/**
 * Dialogue per chapter, stacked by speaker: the `top` characters with the most of it in the book
 * each in their colour, the rest as "Others". The narrator is left out: narration would dwarf it.
 */
export function chapterColumns(
  stats: readonly CharacterStats[],
  cast: readonly CastMember[],
  chapters: ReadonlyArray<{ id: number; title: string }>,
  measure: Measure,
  top = 6,
): { columns: ChapterColumn[]; legend: ColumnPart[] } {
  const speaking = cast.filter((c) => !c.narrator);
  const leaders = characterBars(speaking, measure, false, top);
  const leaderIds = new Set(leaders.map((l) => l.id));
  const speakingIds = new Set(speaking.map((c) => c.id));
  const perChapter = new Map<number, Map<number | null, number>>();
  for (const entry of stats) {
    if (!speakingIds.has(entry.characterId)) continue;
    const key = leaderIds.has(entry.characterId) ? entry.characterId : null;
    for (const chapter of entry.chapters) {
      let shares = perChapter.get(chapter.chapterId);
      if (!shares) {
        shares = new Map();
        perChapter.set(chapter.chapterId, shares);
      }
      shares.set(key, (shares.get(key) ?? 0) + chapter[measure]);
    }
  }
  const legend: ColumnPart[] = [...leaders.map((l) => ({ id: l.id, name: l.name, colour: l.colour, value: l.value })), { id: null, name: 'Others', colour: OTHERS_COLOUR, value: 0 }];
  const columns = chapters.map((chapter): ChapterColumn => {
    const shares = perChapter.get(chapter.id);
    const parts = legend.map((entry) => ({ ...entry, value: shares?.get(entry.id) ?? 0 }));
    return { chapterId: chapter.id, title: chapter.title, total: parts.reduce((sum, p) => sum + p.value, 0), parts };
  });
  legend[legend.length - 1]!.value = columns.reduce((sum, c) => sum + (c.parts[c.parts.length - 1]?.value ?? 0), 0);
  return { columns, legend };
}

/** A round number at or above `max` for the top of an axis (1, 2 or 5 times a power of ten). */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}
