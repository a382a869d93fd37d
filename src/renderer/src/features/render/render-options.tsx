import { useId } from 'react';
import type { RenderFormat, RenderMetadataInput } from '../../../../shared/requests/render-requests';
import { LOUDNESS_TARGET_IDS, type LoudnessTargetId } from '../../../../shared/render';
import { PauseFields } from './pause-fields';
import { FORMAT_LABELS, TARGET_LABELS } from './render-labels';
import { useRenderStore } from './render-store';

const FORMATS = Object.keys(FORMAT_LABELS) as Array<Exclude<RenderFormat, 'all'>>;
const METADATA_FIELDS: Array<{ key: keyof RenderMetadataInput; label: string; multiline?: boolean }> = [
  { key: 'title', label: 'Title' },
  { key: 'author', label: 'Author' },
  { key: 'narrator', label: 'Narrator' },
  { key: 'year', label: 'Year' },
  { key: 'genre', label: 'Genre' },
  { key: 'description', label: 'Description', multiline: true },
];

/** Formats, loudness target, output folder and the metadata written into the files. */
export function RenderOptions() {
  const id = useId();
  const choices = useRenderStore((s) => s.choices);
  const state = useRenderStore((s) => s.state);
  const busy = useRenderStore((s) => s.phase !== 'idle');
  const canChooseOutDir = useRenderStore((s) => s.canChooseOutDir);
  const store = useRenderStore.getState();
  if (!state) return null;

  return (
    <div className="render-options">
      <fieldset className="render-panel__group" disabled={busy}>
        <legend>Formats</legend>
        {FORMATS.map((format) => {
          const unavailable = format === 'epub' && !state.canExportEpub;
          return (
            <label key={format} className="render-options__choice">
              <input type="checkbox" checked={choices.formats.includes(format)} disabled={unavailable} onChange={(e) => store.toggleFormat(format, e.target.checked)} />
              <span>
                {FORMAT_LABELS[format]}
                {unavailable && <span className="render-options__hint"> (only for books imported from an EPUB)</span>}
              </span>
            </label>
          );
        })}
      </fieldset>

      <fieldset className="render-panel__group" disabled={busy}>
        <legend>Loudness target</legend>
        {LOUDNESS_TARGET_IDS.map((target: LoudnessTargetId) => (
          <label key={target} className="render-options__choice">
            <input type="radio" name={`${id}-target`} checked={choices.target === target} onChange={() => store.setTarget(target)} />
            <span>{TARGET_LABELS[target]}</span>
          </label>
        ))}
      </fieldset>

      <div className="render-panel__group">
        <label className="render-options__field" htmlFor={`${id}-out`}>
          Output folder
        </label>
        <div className="render-options__folder">
          <input
            id={`${id}-out`}
            className="render-options__input"
            type="text"
            value={choices.outDir}
            placeholder={state.defaultOutDir}
            disabled={busy}
            spellCheck={false}
            aria-describedby={`${id}-out-hint`}
            onChange={(e) => store.setOutDir(e.target.value)}
          />
          {canChooseOutDir && (
            <button type="button" className="button button--small" disabled={busy} onClick={() => void store.chooseOutDir()}>
              Choose…
            </button>
          )}
        </div>
        <p id={`${id}-out-hint`} className="render-options__hint">
          An absolute path on this computer; left empty, the files go to {state.defaultOutDir}.
        </p>
      </div>

      <PauseFields defaults={state.pauses} />

      <details className="render-panel__group render-options__metadata">
        <summary>Metadata</summary>
        <fieldset disabled={busy}>
          <legend className="visually-hidden">Metadata written into the files</legend>
          {METADATA_FIELDS.map(({ key, label, multiline }) => {
            const value = choices.metadata[key] ?? '';
            const placeholder = state.metadata[key] || undefined;
            return (
              <label key={key} className="render-options__field">
                {label}
                {multiline ? (
                  <textarea className="render-options__input" rows={3} value={value} placeholder={placeholder} onChange={(e) => store.setMetadata({ [key]: e.target.value })} />
                ) : (
                  <input className="render-options__input" type="text" value={value} placeholder={placeholder} onChange={(e) => store.setMetadata({ [key]: e.target.value })} />
                )}
              </label>
            );
          })}
          <p className="render-options__hint">Left empty, a field takes the value shown. The cover comes from the book, or is made from its title and author.</p>
        </fieldset>
      </details>
    </div>
  );
}
