import { HEAD_SILENCE_RANGE, TAIL_SILENCE_RANGE, type PauseSettings } from '../../../../shared/render';
import { useRenderStore } from './render-store';

const FIELDS: Array<{ key: keyof PauseSettings; label: string; min: number; max: number }> = [
  { key: 'sentenceMs', label: 'Between sentences', min: 0, max: 10_000 },
  { key: 'paragraphMs', label: 'Between paragraphs', min: 0, max: 10_000 },
  { key: 'speakerChangeMs', label: 'When the speaker changes', min: 0, max: 10_000 },
  { key: 'sceneBreakMs', label: 'At a scene break', min: 0, max: 10_000 },
  { key: 'beforeTitleMs', label: 'Before a chapter title', min: 0, max: 10_000 },
  { key: 'afterTitleMs', label: 'After a chapter title', min: 0, max: 10_000 },
  { key: 'headMs', label: 'Room tone at the start of a file', min: HEAD_SILENCE_RANGE.min * 1000, max: HEAD_SILENCE_RANGE.max * 1000 },
  { key: 'tailMs', label: 'Room tone at the end of a file', min: TAIL_SILENCE_RANGE.min * 1000, max: TAIL_SILENCE_RANGE.max * 1000 },
];

/** The pauses between segments and the room tone around every file, in milliseconds. */
export function PauseFields({ defaults }: { defaults: PauseSettings }) {
  const pauses = useRenderStore((s) => s.choices.pauses);
  const busy = useRenderStore((s) => s.phase !== 'idle');
  return (
    <details className="render-panel__group render-options__metadata">
      <summary>Pauses</summary>
      <fieldset disabled={busy}>
        <legend className="visually-hidden">Pauses in milliseconds</legend>
        {FIELDS.map(({ key, label, min, max }) => (
          <label key={key} className="render-options__field">
            {label} (ms)
            <input
              className="render-options__input"
              type="number"
              min={min}
              max={max}
              step={50}
              value={pauses[key] ?? defaults[key]}
              onChange={(e) => {
                const value = e.target.valueAsNumber;
                useRenderStore.getState().setPause(key, Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : null);
              }}
            />
          </label>
        ))}
      </fieldset>
    </details>
  );
}
