/**
 * A line that only marks a scene break: asterisks or bullets spaced or not (`* * *`, `*    *    *`,
 * `***`), a lone `#`, or a rule of dashes, em-dashes, underscores, tildes or equals signs.
 */
const SCENE_BREAK = /^(?:[*•·∗⁂]\s*){1,9}$|^#$|^(?:[-—–_~=]\s*){3,}$|^⁂$/;

export function isSceneBreakLine(line: string): boolean {
  if (line.length > 200) return false;
  const trimmed = line.trim();
  return trimmed.length > 0 && trimmed.length <= 80 && SCENE_BREAK.test(trimmed);
}
