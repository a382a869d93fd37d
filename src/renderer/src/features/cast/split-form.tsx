import { useId, useState } from 'react';
import type { CastMember } from '../../../../shared/script-editing';
import { segmentIn } from '../script/script-layout';
import { useScriptStore } from '../script/script-store';
import { useCastStore } from './cast-store';
import { linesToSplit, type SplitScope } from './split-lines';
import { useNameForm } from './use-name-form';

/** Splits a new character off this one: the fix when the analysis took two people for one. */
export function SplitForm({ member, onSplit }: { member: CastMember; onSplit: () => void }) {
  const id = useId();
  const [moved, setMoved] = useState<ReadonlySet<string>>(new Set());
  const [scope, setScope] = useState<SplitScope>('none');
  const selected = useScriptStore((s) => (s.selectedId === null ? null : segmentIn(s.layout, s.selectedId)));
  const chapter = useScriptStore((s) => (s.currentChapterId === null ? null : (s.chapters.get(s.currentChapterId) ?? null)));
  const segmentIds = linesToSplit(scope, member.id, selected, chapter);
  const { name, setName, named, onSubmit } = useNameForm((trimmed) => {
    void useCastStore
      .getState()
      .split(member.id, trimmed, segmentIds, member.aliases.filter((a) => moved.has(a)))
      .then((done) => done && onSplit());
  });

  const toggleAlias = (alias: string): void => {
    const next = new Set(moved);
    if (next.has(alias)) next.delete(alias);
    else next.add(alias);
    setMoved(next);
  };

  return (
    <form className="cast-form cast-form--section" onSubmit={onSubmit}>
      <h4 className="cast-form__title">Split</h4>
      <label htmlFor={`${id}-name`}>New character’s name</label>
      <input id={`${id}-name`} className="input" value={name} onChange={(e) => setName(e.target.value)} />
      {member.aliases.length > 0 && (
        <fieldset className="cast-form__choices">
          <legend>Aliases that go to the new character</legend>
          {member.aliases.map((alias) => (
            <label key={alias}>
              <input type="checkbox" checked={moved.has(alias)} onChange={() => toggleAlias(alias)} /> {alias}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="cast-form__choices">
        <legend>Lines that go to the new character</legend>
        <label>
          <input type="radio" name={`${id}-scope`} checked={scope === 'none'} onChange={() => setScope('none')} /> None yet
        </label>
        <label>
          <input type="radio" name={`${id}-scope`} checked={scope === 'selected'} onChange={() => setScope('selected')} /> The selected line
          {scope === 'selected' && segmentIds.length === 0 && <span className="cast-form__help"> (the selected line is not {member.name}’s)</span>}
        </label>
        <label>
          <input type="radio" name={`${id}-scope`} checked={scope === 'chapter'} onChange={() => setScope('chapter')} /> Their lines in{' '}
          {chapter?.title || 'the current chapter'} ({linesToSplit('chapter', member.id, null, chapter).length})
        </label>
      </fieldset>
      <div className="cast-form__actions">
        <button type="submit" className="button button--small" disabled={!named}>
          Split off {name.trim() || 'a new character'}
        </button>
      </div>
    </form>
  );
}
