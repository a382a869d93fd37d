import { useId, useState } from 'react';
import type { Gender } from '../../../../shared/script';
import { useCastStore } from './cast-store';
import { GenderSelect } from './gender-select';
import { useNameForm } from './use-name-form';

/** Adds a character before any line is given to them (the speaker menu can add one too). */
export function NewCharacterForm() {
  const id = useId();
  const [gender, setGender] = useState<Gender>('unknown');
  const { name, setName, named, onSubmit } = useNameForm((trimmed) => {
    void useCastStore
      .getState()
      .create(trimmed, gender)
      .then((change) => {
        if (change) setName('');
      });
  });
  return (
    <form className="cast-form cast-form--inline" onSubmit={onSubmit}>
      <label htmlFor={`${id}-name`}>New character</label>
      <input id={`${id}-name`} className="input" value={name} onChange={(e) => setName(e.target.value)} placeholder="Name" />
      <GenderSelect id={`${id}-gender`} value={gender} onChange={setGender} />
      <button type="submit" className="button button--small" disabled={!named}>
        Add
      </button>
    </form>
  );
}
