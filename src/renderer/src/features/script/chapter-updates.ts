import type { ChapterScript, ScriptSegment } from '../../../../shared/script-editing';

/** The chapter with one segment changed; the same object when the segment is not in it. */
function withSegment(chapter: ChapterScript, segmentId: number, change: (segment: ScriptSegment) => ScriptSegment): ChapterScript {
  const at = chapter.segments.findIndex((s) => s.id === segmentId);
  if (at < 0) return chapter;
  const segments = chapter.segments.slice();
  segments[at] = change(segments[at]!);
  return { ...chapter, segments };
}

/** What the view shows at once for a speaker fix, before the engine confirms it. */
export function withSpeaker(chapter: ChapterScript, segmentId: number, speakerId: number): ChapterScript {
  return withSegment(chapter, segmentId, (s) => ({ ...s, speakerId, corrected: true, confidence: 1 }));
}

/** The chapter that holds a segment, among those loaded. */
export function chapterOfSegment(chapters: ReadonlyMap<number, ChapterScript>, segmentId: number, hint?: number): ChapterScript | null {
  const hinted = hint === undefined ? undefined : chapters.get(hint);
  if (hinted?.segments.some((s) => s.id === segmentId)) return hinted;
  for (const chapter of chapters.values()) if (chapter.segments.some((s) => s.id === segmentId)) return chapter;
  return null;
}
