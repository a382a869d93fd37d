import type { ChapterScript, ScriptSegment } from '../../../shared/script-editing';

/** The line of a chapter with exactly this text. */
export function lineOf(chapter: ChapterScript, text: string): ScriptSegment {
  const found = chapter.segments.find((s) => s.text === text);
  if (!found) throw new Error(`no line “${text}” in ${chapter.segments.map((s) => s.text).join(' | ')}`);
  return found;
}
