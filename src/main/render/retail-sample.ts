/**
 * Where the retail sample comes from: the first body chapter, from just before its first line after
 * the title, up to five minutes, ending where a segment ends so no sentence is cut off.
 */
import { MAX_SAMPLE_SECONDS } from '../../shared/render';
import type { AssembledSegment } from './assemble-chapter';

export const SAMPLE_LEAD_SECONDS = 0.5;
export const SAMPLE_TAIL_SECONDS = 1;
export const SAMPLE_FADE_IN_SECONDS = 0.5;
export const SAMPLE_FADE_OUT_SECONDS = 1.5;

/** Seconds within the part, or null when the chapter has nothing after its title. */
export function retailSampleWindow(segments: AssembledSegment[], partSeconds: number, maxSeconds = MAX_SAMPLE_SECONDS): { start: number; end: number } | null {
  const firstIndex = segments.findIndex((s) => s.kind !== 'title');
  if (firstIndex < 0) return null;
  const start = Math.max(0, segments[firstIndex]!.start - SAMPLE_LEAD_SECONDS);
  let end: number | null = null;
  for (const segment of segments.slice(firstIndex)) {
    const candidate = Math.min(partSeconds, segment.end + SAMPLE_TAIL_SECONDS);
    if (candidate - start > maxSeconds) break;
    end = candidate;
  }
  return { start, end: end ?? Math.min(partSeconds, start + maxSeconds) };
}
