import { useId, useState } from 'react';
import { CastVoicesSection } from './cast-voices-section';
import { LexiconSection } from './lexicon-section';
import { LibrarySection } from './library-section';
import { LineVoiceSection } from './line-voice-section';
import './voices.css';

const VIEWS = [
  { id: 'cast', label: 'Cast', Component: CastVoicesSection },
  { id: 'line', label: 'Line & chapter', Component: LineVoiceSection },
  { id: 'lexicon', label: 'Pronunciations', Component: LexiconSection },
  { id: 'library', label: 'Library', Component: LibrarySection },
] as const;

/** The voices side panel: the cast's voices, a line's voice and a chapter preview, the lexicon, the library. */
export function VoicesPanel() {
  const id = useId();
  const [view, setView] = useState<(typeof VIEWS)[number]['id']>('cast');
  const current = VIEWS.find((v) => v.id === view) ?? VIEWS[0];
  const { Component } = current;
  return (
    <section className="voices-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="side-panel__title">
        Voices
      </h2>
      <div className="voices-panel__views" role="group" aria-label="Voices views">
        {VIEWS.map((v) => (
          <button key={v.id} type="button" className="voices-panel__view" aria-pressed={v.id === view} onClick={() => setView(v.id)}>
            {v.label}
          </button>
        ))}
      </div>
      <Component />
    </section>
  );
}
