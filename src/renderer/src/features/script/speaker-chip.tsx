import type { CastMember, ScriptSegment } from '../../../../shared/script-editing';
import { useScriptStore } from './script-store';

interface SpeakerChipProps {
  segment: ScriptSegment;
  speaker: CastMember | undefined;
  doubtful: boolean;
}

/** Who says the line, in their colour. A click (or S on the selected line) opens the speaker menu. */
export function SpeakerChip({ segment, speaker, doubtful }: SpeakerChipProps) {
  const name = speaker?.name ?? 'Unknown speaker';
  const className = ['speaker-chip', doubtful && 'speaker-chip--doubtful', segment.corrected && 'speaker-chip--corrected', !speaker && 'speaker-chip--unknown']
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      className={className}
      tabIndex={-1}
      aria-haspopup="listbox"
      aria-label={`Speaker: ${name}. Change the speaker (S)`}
      onClick={(event) => {
        event.stopPropagation();
        useScriptStore.getState().openSpeakerMenu(segment.id);
      }}
    >
      <span className="speaker-chip__name">{name}</span>
      {segment.corrected && (
        <span className="speaker-chip__mark" aria-hidden="true">
          ✓
        </span>
      )}
    </button>
  );
}
