import { useId } from 'react';
import { useAuditionStore } from './audition-store';
import { useCastingStore } from './casting-store';
import { useVoiceData } from './use-voice-data';
import { withVoice } from './voice-choice';
import { VoicePicker } from './voice-picker';

/** A cast row's voice, for the cast panel: a picker and a button to hear the character's sample. */
export function CastRowVoice({ characterId, name, narrator }: { characterId: number; name: string; narrator: boolean }) {
  const id = useId();
  const { speakable, bookLanguage } = useVoiceData();
  const character = useCastingStore((s) => s.state?.characters.find((c) => c.characterId === characterId));
  const choice = character?.choice ?? null;
  return (
    <div className="cast-row-voice">
      <label htmlFor={id} className="visually-hidden">
        Voice of {name}
      </label>
      <VoicePicker
        id={id}
        voices={speakable}
        value={choice?.voice ?? null}
        bookLanguage={bookLanguage}
        emptyLabel={narrator ? 'The default voice' : 'The narrator’s voice'}
        disabled={!character}
        onClear={() => void useCastingStore.getState().setVoice(characterId, null)}
        onChange={(voice) => void useCastingStore.getState().setVoice(characterId, withVoice(voice, choice))}
      />
      <button
        type="button"
        className="button button--quiet button--small"
        aria-label={`Hear ${name}’s sample`}
        title={`Hear ${name}’s sample`}
        onClick={() => void useAuditionStore.getState().sample(characterId, name)}
      >
        <span aria-hidden="true">▶</span>
      </button>
    </div>
  );
}
