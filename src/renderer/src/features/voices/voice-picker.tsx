import { useMemo } from 'react';
import type { LibraryVoice } from '../../../../shared/requests/voice-requests';
import { voiceId, type VoiceRef } from '../../../../shared/voices';
import { groupVoices, voiceLabel } from './voice-groups';

interface VoicePickerProps {
  id: string;
  /** The voices to choose from (those that can speak now). */
  voices: readonly LibraryVoice[];
  value: VoiceRef | null;
  bookLanguage: string;
  onChange: (voice: VoiceRef) => void;
  /** The first option, meaning "no voice of its own" (e.g. "The narrator's voice"); none when absent. */
  emptyLabel?: string;
  onClear?: () => void;
  disabled?: boolean;
  describedBy?: string;
}

/** A voice, chosen from the voices grouped by language and gender, the book's language first. */
export function VoicePicker({ id, voices, value, bookLanguage, onChange, emptyLabel, onClear, disabled, describedBy }: VoicePickerProps) {
  const groups = useMemo(() => groupVoices(voices, bookLanguage), [voices, bookLanguage]);
  const byId = useMemo(() => new Map(voices.map((v) => [v.id, v.ref])), [voices]);
  const current = value ? voiceId(value) : '';
  const listed = current === '' || byId.has(current);
  return (
    <select
      id={id}
      className="input voice-picker"
      value={current}
      disabled={disabled}
      aria-describedby={describedBy}
      onChange={(event) => {
        const chosen = event.target.value;
        if (chosen === '') onClear?.();
        else {
          const ref = byId.get(chosen);
          if (ref) onChange(ref);
        }
      }}
    >
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {!listed && value && <option value={current}>{`${value.voice} (${value.engine})`}</option>}
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.voices.map((voice) => (
            <option key={voice.id} value={voice.id}>
              {voiceLabel(voice)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
