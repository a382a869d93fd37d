import type { ChapterScript } from '../../../../shared/script-editing';

/** Which lines a split moves to the new character. */
export type SplitScope = 'none' | 'selected' | 'chapter';

/** The ids of the lines a split moves: none, the selected line (if it is theirs), or theirs in a chapter. */
export function linesToSplit(scope: SplitScope, characterId: number, selected: { id: number; speakerId: number | null } | null, chapter: ChapterScript | null): number[] {
  if (scope === 'selected') return selected && selected.speakerId === characterId ? [selected.id] : [];
  if (scope === 'chapter') return chapter ? chapter.segments.filter((s) => s.kind === 'dialogue' && s.speakerId === characterId).map((s) => s.id) : [];
  return [];
}
