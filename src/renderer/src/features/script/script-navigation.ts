import type { ScriptSegment } from '../../../../shared/script-editing';
import { segmentIn, type ScriptLayout } from './script-layout';

/** Below this confidence a line goes to the review queue (the engine's default threshold). */
export const REVIEW_THRESHOLD = 0.75;

/** A line the author should check: dialogue the analysis was unsure of, not yet fixed or reviewed. */
export function isLowConfidence(segment: ScriptSegment, threshold = REVIEW_THRESHOLD): boolean {
  return segment.kind === 'dialogue' && !segment.corrected && !segment.reviewed && segment.confidence < threshold;
}

/** The segment `delta` places from `from` in reading order (the first one when nothing is selected). */
export function stepSegment(layout: ScriptLayout, from: number | null, delta: number): number | null {
  if (layout.order.length === 0) return null;
  const at = from === null ? undefined : layout.positionOf.get(from);
  if (at === undefined) return layout.order[delta < 0 ? layout.order.length - 1 : 0] ?? null;
  const next = Math.min(layout.order.length - 1, Math.max(0, at + delta));
  return layout.order[next] ?? null;
}

export function edgeSegment(layout: ScriptLayout, edge: 'first' | 'last'): number | null {
  return (edge === 'first' ? layout.order[0] : layout.order[layout.order.length - 1]) ?? null;
}

/** The next (or previous) low-confidence line after `from`, or null when there is none that way. */
export function nextLowConfidence(layout: ScriptLayout, from: number | null, direction: 1 | -1, threshold = REVIEW_THRESHOLD): number | null {
  const start = from === null ? (direction === 1 ? -1 : layout.order.length) : (layout.positionOf.get(from) ?? -1);
  for (let i = start + direction; i >= 0 && i < layout.order.length; i += direction) {
    const id = layout.order[i]!;
    const segment = segmentIn(layout, id);
    if (segment && isLowConfidence(segment, threshold)) return id;
  }
  return null;
}
