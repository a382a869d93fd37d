import type { ScriptSegment } from '../../../../shared/script-editing';
import { reasonInWords } from '../review/reason-in-words';

/** What the author should know about a line at a glance: doubtful, fixed, reviewed, edited. */
export function SegmentFlags({ segment, doubtful }: { segment: ScriptSegment; doubtful: boolean }) {
  const flags: string[] = [];
  if (doubtful) flags.push(`Check: ${Math.round(segment.confidence * 100)}% sure`);
  else if (segment.reviewed && segment.kind === 'dialogue') flags.push('Reviewed');
  if (segment.edited) flags.push('Text edited');
  if (flags.length === 0) return null;
  return (
    <span className={doubtful ? 'segment-flags segment-flags--doubtful' : 'segment-flags'} title={doubtful ? reasonInWords(segment.reason) : undefined}>
      {flags.join(' · ')}
    </span>
  );
}
