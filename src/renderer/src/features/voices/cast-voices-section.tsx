import { useId, useState } from 'react';
import { ErrorMessage } from '../../ui/error-message';
import { OpenFileButton } from '../../ui/open-file-button';
import { useCastingStore } from './casting-store';
import { CharacterVoiceEditor } from './character-voice-editor';
import { saveFile } from './save-file';
import { useVoiceData } from './use-voice-data';

/** Every character's voice, automatic casting, and casts saved to a file and loaded from one. */
export function CastVoicesSection() {
  const id = useId();
  const [everyLanguage, setEveryLanguage] = useState(false);
  const { speakable, bookLanguage } = useVoiceData({ allLanguages: everyLanguage });
  const state = useCastingStore((s) => s.state);
  const casting = useCastingStore((s) => s.casting);
  const error = useCastingStore((s) => s.error);
  const imported = useCastingStore((s) => s.imported);
  const store = useCastingStore.getState();

  const save = async (): Promise<void> => {
    const file = await store.exportCast();
    if (file) saveFile(file.fileName, file.json, 'application/json');
  };

  return (
    <section className="voices-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="voices-section__title">
        Voices of the cast
      </h3>
      <p className="voices-section__help">
        Automatic casting gives the narrator and every character a voice of their gender and the book’s language, telling apart those who talk
        together. The voices you choose stay.
      </p>
      <div className="voices-section__actions">
        <button type="button" className="button button--primary button--small" disabled={casting} onClick={() => void store.autoCast()}>
          {casting ? 'Casting…' : 'Cast automatically'}
        </button>
        <button type="button" className="button button--small" onClick={() => void save()}>
          Save cast…
        </button>
        <OpenFileButton accept=".json,application/json" inputLabel="Cast file to load" onFile={(file) => void file.text().then((json) => store.importCast(json))}>
          Load cast…
        </OpenFileButton>
      </div>
      <label className="lexicon-form__check">
        <input type="checkbox" checked={everyLanguage} onChange={(e) => setEveryLanguage(e.target.checked)} /> Offer voices of every language, not only
        the book’s
      </label>
      {imported && (
        <p className="voices-section__notice" role="status">
          {imported.matched} {imported.matched === 1 ? 'character' : 'characters'} took a voice from the file
          {imported.unmatched.length > 0 ? `; no character here for ${imported.unmatched.join(', ')}.` : '.'}
        </p>
      )}
      {error && <ErrorMessage error={error} onDismiss={store.dismissError} />}
      {state ? (
        <ul className="character-voices" aria-label="Character voices">
          {state.characters.map((character) => (
            <CharacterVoiceEditor key={character.characterId} character={character} speakable={speakable} bookLanguage={bookLanguage} />
          ))}
        </ul>
      ) : (
        <p className="voices-section__help">Loading the cast…</p>
      )}
    </section>
  );
}
