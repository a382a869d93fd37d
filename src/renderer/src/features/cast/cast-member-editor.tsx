import { useId, useState } from 'react';
import type { CastMember } from '../../../../shared/script-editing';
import { aliasText, parseAliasText } from './alias-text';
import { useCastStore } from './cast-store';
import { GenderSelect } from './gender-select';
import { MergeForm } from './merge-form';
import { SplitForm } from './split-form';

/** Everything the author can change about a character: name, aliases, gender, colour; merge and split. */
export function CastMemberEditor({ member, onDone }: { member: CastMember; onDone: () => void }) {
  const id = useId();
  const [name, setName] = useState(member.name);
  const [aliases, setAliases] = useState(aliasText(member.aliases));
  const [gender, setGender] = useState(member.gender);
  const [colour, setColour] = useState(member.colour);

  const save = async (): Promise<void> => {
    const store = useCastStore.getState();
    const changes: Array<() => Promise<boolean>> = [];
    const trimmed = name.trim();
    if (trimmed && trimmed !== member.name) changes.push(() => store.rename(member.id, trimmed));
    const parsed = parseAliasText(aliases);
    if (aliasText(parsed) !== aliasText(member.aliases)) changes.push(() => store.setAliases(member.id, parsed));
    if (gender !== member.gender) changes.push(() => store.setGender(member.id, gender));
    if (colour.toLowerCase() !== member.colour.toLowerCase()) changes.push(() => store.setColour(member.id, colour));
    for (const change of changes) if (!(await change())) return;
    onDone();
  };

  return (
    <div className="cast-editor">
      <form
        className="cast-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} className="input" value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor={`${id}-aliases`}>Aliases</label>
        <input
          id={`${id}-aliases`}
          className="input"
          value={aliases}
          onChange={(e) => setAliases(e.target.value)}
          placeholder="Separated by commas"
          aria-describedby={`${id}-aliases-help`}
        />
        <p id={`${id}-aliases-help`} className="cast-form__help">
          Other names the book uses for them, separated by commas.
        </p>
        <label htmlFor={`${id}-gender`}>Gender</label>
        <GenderSelect id={`${id}-gender`} value={gender} onChange={setGender} />
        <label htmlFor={`${id}-colour`}>Colour</label>
        <input id={`${id}-colour`} className="cast-form__colour" type="color" value={colour} onChange={(e) => setColour(e.target.value)} />
        <div className="cast-form__actions">
          <button type="submit" className="button button--primary button--small">
            Save
          </button>
          <button type="button" className="button button--quiet button--small" onClick={onDone}>
            Cancel
          </button>
        </div>
      </form>
      {!member.narrator && <MergeForm member={member} onMerged={onDone} />}
      {!member.narrator && <SplitForm member={member} onSplit={onDone} />}
    </div>
  );
}
