import { memo, type CSSProperties } from 'react';
import type { ScriptSegment } from '../../../../shared/script-editing';
import { useCastStore } from '../cast/cast-store';
import { focusScript, segmentElementId } from './focus-script';
import { isLowConfidence } from './script-navigation';
import { useScriptStore } from './script-store';
import { SegmentEditor } from './segment-editor';
import { SegmentFlags } from './segment-flags';
import { SpeakerChip } from './speaker-chip';
import { AuditionLineButton } from '../voices/audition-line-button';

interface SegmentLineProps {
  segment: ScriptSegment;
  selected: boolean;
  editing: boolean;
  /** Shown dimmed: not a line of the character the script is filtered to. */
  dimmed: boolean;
}

/** One line of the script: dialogue under its speaker's chip, narration plain. Book text is text. */
export const SegmentLine = memo(function SegmentLine({ segment, selected, editing, dimmed }: SegmentLineProps) {
  const speaker = useCastStore((s) => (segment.speakerId === null ? undefined : s.byId.get(segment.speakerId)));
  const dialogue = segment.kind === 'dialogue';
  const doubtful = isLowConfidence(segment);
  const className = [
    'segment',
    dialogue ? 'segment--dialogue' : 'segment--narration',
    selected && 'segment--selected',
    doubtful && 'segment--doubtful',
    dimmed && 'segment--dimmed',
  ]
    .filter(Boolean)
    .join(' ');
  const style = dialogue && speaker ? ({ '--speaker': speaker.colour } as CSSProperties) : undefined;
  return (
    <div
      id={segmentElementId(segment.id)}
      role="option"
      aria-selected={selected}
      className={className}
      style={style}
      data-segment-id={segment.id}
      onClick={() => {
        useScriptStore.getState().select(segment.id, { scroll: false });
        focusScript();
      }}
      onDoubleClick={() => useScriptStore.getState().startEditing(segment.id)}
    >
      {dialogue && <SpeakerChip segment={segment} speaker={speaker} doubtful={doubtful} />}
      {editing ? (
        <SegmentEditor segment={segment} />
      ) : (
        <span className="segment__text">{dialogue ? `“${segment.text}”` : segment.text}</span>
      )}
      <SegmentFlags segment={segment} doubtful={doubtful} />
      {selected && !editing && <AuditionLineButton segmentId={segment.id} />}
    </div>
  );
});
