import type { ReviewItem, ScriptChange, ScriptSegment } from '../../../../shared/script-editing';
import { isLowConfidence } from '../script/script-navigation';

/**
 * The review queue after an edit, without asking the engine again: lines the edit settled (fixed,
 * reviewed, turned into narration, merged away) leave; the others show their new state. Lowest
 * confidence first, as the engine orders it.
 */
export function patchQueue(items: readonly ReviewItem[], change: Pick<ScriptChange, 'chapters'>, threshold: number): ReviewItem[] {
  if (change.chapters.length === 0) return items as ReviewItem[];
  const changed = new Map<number, Map<number, ScriptSegment>>();
  for (const chapter of change.chapters) changed.set(chapter.chapterId, new Map(chapter.segments.map((s) => [s.id, s])));
  let touched = false;
  const next: ReviewItem[] = [];
  for (const item of items) {
    const segments = changed.get(item.segment.chapterId);
    if (!segments) {
      next.push(item);
      continue;
    }
    touched = true;
    const segment = segments.get(item.segment.id);
    if (segment && isLowConfidence(segment, threshold)) next.push({ ...item, segment });
  }
  if (!touched) return items as ReviewItem[];
  return next.sort((a, b) => a.segment.confidence - b.segment.confidence);
}
