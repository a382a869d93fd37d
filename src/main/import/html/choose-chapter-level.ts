/** Headings whose level holds parts or books rather than chapters. */
const PART_TITLE = /^(?:part|book|volume|act)\b/i;

/**
 * The heading level that divides a book into chapters. A level used once is the book's title; a
 * level of parts ("Part One", or a few headings over many below) gives way to the level beneath.
 * Returns Infinity when there are no headings.
 */
export function chooseChapterLevel(headings: ReadonlyArray<{ level: number; text: string }>): number {
  const counts = new Map<number, number>();
  const partLike = new Map<number, number>();
  for (const { level, text } of headings) {
    counts.set(level, (counts.get(level) ?? 0) + 1);
    if (PART_TITLE.test(text)) partLike.set(level, (partLike.get(level) ?? 0) + 1);
  }
  const levels = [...counts.keys()].filter((l) => counts.get(l)! >= 2).sort((a, b) => a - b);
  const [top, next] = levels;
  if (top === undefined) return Math.min(...counts.keys());
  if (next === undefined) return top;
  const topCount = counts.get(top)!;
  const mostlyParts = (partLike.get(top) ?? 0) * 2 > topCount;
  return mostlyParts || counts.get(next)! >= 4 * topCount ? next : top;
}
