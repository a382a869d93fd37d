import type { ParagraphView } from '../../../../shared/project';
import type { ScriptSegment } from '../../../../shared/script-editing';

/** The source paragraph a segment was cut from: the one whose span holds the segment's start. */
export function paragraphForSegment(paragraphs: readonly ParagraphView[], segment: Pick<ScriptSegment, 'start' | 'source'>): ParagraphView | null {
  return (
    paragraphs.find((p) => p.source === segment.source && p.start <= segment.start && segment.start < p.end) ??
    paragraphs.find((p) => p.start <= segment.start && segment.start < p.end) ??
    null
  );
}
