import { useId } from 'react';
import type { CharacterCasting, LibraryVoice } from '../../../../shared/requests/voice-requests';
import { voiceId } from '../../../../shared/voices';
import { useAuditionStore } from './audition-store';
import { useCastingStore } from './casting-store';
import { withVoice } from './voice-choice';
import { VoicePicker } from './voice-picker';
import { VoiceSettingsFields } from './voice-settings-fields';

const ORIGIN_LABELS = { user: 'chosen by you', auto: 'chosen automatically' } as const;

interface CharacterVoiceEditorProps {
  character: CharacterCasting;
  speakable: readonly LibraryVoice[];
  bookLanguage: string;
}

/** One character's voice: the voice, how it is played, and a sample line to hear it. */
export function CharacterVoiceEditor({ character, speakable, bookLanguage }: CharacterVoiceEditorProps) {
  const id = useId();
  const casting = useCastingStore.getState();
  const choice = character.choice;
    // Voices mix only within an engine that blends (Kokoro), and a voice does not blend with itself.
  const blendable =
    choice && speakable.some((v) => v.id === voiceId(choice.voice) && v.blend)
      ? speakable.filter((v) => v.blend && v.ref.engine === choice.voice.engine && v.id !== voiceId(choice.voice))
      : [];
  return (
    <li className="character-voice">
      <div className="character-voice__head">
        <h3 className="character-voice__name" id={`${id}-name`}>
          {character.name}
        </h3>
        {character.narrator && <span className="cast-row__tag">Narrator</span>}
        <span className="character-voice__meta">
          {character.lines} {character.lines === 1 ? 'line' : 'lines'} · {character.origin ? ORIGIN_LABELS[character.origin] : 'not cast'}
        </span>
      </div>
      {character.unavailable && (
        <p className="character-voice__warning" role="status">
          This voice is not installed here: install it from the library, or choose another.
        </p>
      )}
      <div className="character-voice__row">
        <label htmlFor={`${id}-voice`} className="visually-hidden">
          Voice of {character.name}
        </label>
        <VoicePicker
          id={`${id}-voice`}
          voices={speakable}
          value={choice?.voice ?? null}
          bookLanguage={bookLanguage}
          emptyLabel={character.narrator ? 'The default voice' : 'The narrator’s voice'}
          onClear={() => void casting.setVoice(character.characterId, null)}
          onChange={(voice) => void casting.setVoice(character.characterId, withVoice(voice, choice))}
        />
        <button
          type="button"
          className="button button--small"
          aria-label={`Hear ${character.name}’s sample`}
          onClick={() => void useAuditionStore.getState().sample(character.characterId, character.name)}
        >
          ▶ Sample
        </button>
      </div>
      {choice && (
        <VoiceSettingsFields
          idPrefix={`${id}-settings`}
          choice={choice}
          blendable={blendable}
          bookLanguage={bookLanguage}
          onChange={(settings) => casting.adjust(character.characterId, settings)}
        />
      )}
    </li>
  );
}
