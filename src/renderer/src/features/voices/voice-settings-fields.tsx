import type { LibraryVoice, VoiceChoice } from '../../../../shared/requests/voice-requests';
import type { VoiceSettings } from '../../../../shared/voices';
import { formatPitch, formatSpeed } from './format';
import { VoicePicker } from './voice-picker';

interface VoiceSettingsFieldsProps {
  idPrefix: string;
  choice: VoiceChoice;
  /** Voices of the same engine that can be blended in; none when the engine does not blend. */
  blendable: readonly LibraryVoice[];
  bookLanguage: string;
  onChange: (settings: Partial<VoiceSettings>) => void;
}

/** Speed, pitch and (where the engine mixes voices) a second voice blended in. */
export function VoiceSettingsFields({ idPrefix, choice, blendable, bookLanguage, onChange }: VoiceSettingsFieldsProps) {
  const { speed, pitch, blend } = choice.settings;
  const mixed = blend?.[0];
  return (
    <div className="voice-settings">
      <label htmlFor={`${idPrefix}-speed`}>Speed</label>
      <input
        id={`${idPrefix}-speed`}
        type="range"
        min={0.5}
        max={2}
        step={0.05}
        value={speed}
        aria-valuetext={formatSpeed(speed)}
        onChange={(e) => onChange({ speed: Number(e.target.value) })}
      />
      <output htmlFor={`${idPrefix}-speed`}>{formatSpeed(speed)}</output>
      <label htmlFor={`${idPrefix}-pitch`}>Pitch</label>
      <input
        id={`${idPrefix}-pitch`}
        type="range"
        min={-12}
        max={12}
        step={0.5}
        value={pitch}
        aria-valuetext={formatPitch(pitch)}
        onChange={(e) => onChange({ pitch: Number(e.target.value) })}
      />
      <output htmlFor={`${idPrefix}-pitch`}>{formatPitch(pitch)}</output>
      {blendable.length > 0 && (
        <>
          <label htmlFor={`${idPrefix}-blend`}>Blend with</label>
          <VoicePicker
            id={`${idPrefix}-blend`}
            voices={blendable}
            value={mixed?.voice ?? null}
            bookLanguage={bookLanguage}
            emptyLabel="No blend"
            onClear={() => onChange({ blend: [] })}
            onChange={(voice) => onChange({ blend: [{ voice, weight: mixed?.weight ?? 0.3 }] })}
          />
          <span />
          {mixed && (
            <>
              <label htmlFor={`${idPrefix}-weight`}>Blend amount</label>
              <input
                id={`${idPrefix}-weight`}
                type="range"
                min={0.05}
                max={0.95}
                step={0.05}
                value={mixed.weight}
                aria-valuetext={`${Math.round(mixed.weight * 100)} per cent`}
                onChange={(e) => onChange({ blend: [{ voice: mixed.voice, weight: Number(e.target.value) }] })}
              />
              <output htmlFor={`${idPrefix}-weight`}>{Math.round(mixed.weight * 100)}%</output>
            </>
          )}
        </>
      )}
    </div>
  );
}
