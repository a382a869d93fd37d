import { useId, useState } from 'react';
import type { Gender } from '../../../../shared/script';
import { useCastStore } from './cast-store';
import { GenderSelect } from './gender-select';

/** Adds a character before any line is given to them (the speaker menu can add one too). */
export function NewCharacterForm() {
  const id = useId();
  const [name, setName] = useState('');
  const [gender, setGender] = useState<Gender>('unknown');
  return (
    <form
      className="cast-form cast-form--inline"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = name.trim();
        if (!trimmed) return;
        void useCastStore
          .getState()
          .create(trimmed, gender)
          .then((change) => {
            if (change) setName('');
          });
      }}
    >
      <label htmlFor={`${id}-name`}>New character</label>
      <input id={`${id}-name`} className="input" value={name} onChange={(e) => setName(e.target.value)} placeholder="Name" />
      <GenderSelect id={`${id}-gender`} value={gender} onChange={setGender} />
      <button type="submit" className="button button--small" disabled={!name.trim()}>
        Add
      </button>
    </form>
  );
}
