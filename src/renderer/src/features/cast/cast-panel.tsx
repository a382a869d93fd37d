import { useEffect, useId, useState, type CSSProperties } from 'react';
import type { CastMember } from '../../../../shared/script-editing';
import { ErrorMessage } from '../../ui/error-message';
import { useScriptStore } from '../script/script-store';
import { CastRowVoice } from '../voices/cast-row-voice';
import { CastMemberEditor } from './cast-member-editor';
import { useCastStore } from './cast-store';
import { genderLabel } from './gender-select';
import { NewCharacterForm } from './new-character-form';
import './cast.css';

/** The cast with their lines: choose one to see only their lines; edit, merge or split them. */
export function CastPanel() {
  const id = useId();
  const cast = useCastStore((s) => s.cast);
  const error = useCastStore((s) => s.error);
  const filter = useScriptStore((s) => s.speakerFilter);
  const [editing, setEditing] = useState<number | null>(null);

  useEffect(() => {
    if (editing !== null && !cast.some((c) => c.id === editing)) setEditing(null);
  }, [cast, editing]);

  return (
    <section className="panel-stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="side-panel__title">
        Cast
      </h2>
      <p className="panel-summary">
        {cast.length} {cast.length === 1 ? 'character' : 'characters'}, the narrator included. Choose one to see only their lines.
      </p>
      {error && <ErrorMessage error={error} onDismiss={useCastStore.getState().dismissError} />}
      <NewCharacterForm />
      <ul className="plain-list" aria-label="Characters">
        {cast.map((member) => (
          <CastRow
            key={member.id}
            member={member}
            filtered={filter === member.id}
            editing={editing === member.id}
            onEdit={() => setEditing(editing === member.id ? null : member.id)}
            onDone={() => setEditing(null)}
          />
        ))}
      </ul>
    </section>
  );
}

interface CastRowProps {
  member: CastMember;
  filtered: boolean;
  editing: boolean;
  onEdit: () => void;
  onDone: () => void;
}

function CastRow({ member, filtered, editing, onEdit, onDone }: CastRowProps) {
  return (
    <li className={filtered ? 'cast-row cast-row--filtered' : 'cast-row'} style={{ '--speaker': member.colour } as CSSProperties}>
      <div className="cast-row__main">
        <button
          type="button"
          className="cast-row__filter"
          aria-pressed={filtered}
          aria-label={filtered ? `Show every line (now showing ${member.name}’s)` : `Show only ${member.name}’s lines`}
          onClick={() => useScriptStore.getState().setSpeakerFilter(filtered ? null : member.id)}
        >
          <span className="cast-row__swatch" aria-hidden="true" />
          <span className="cast-row__name">{member.name}</span>
          {member.narrator && <span className="cast-row__tag">Narrator</span>}
        </button>
        <button type="button" className="button button--quiet button--small" aria-expanded={editing} aria-label={`Edit ${member.name}`} onClick={onEdit}>
          {editing ? 'Close' : 'Edit'}
        </button>
        <span className="cast-row__counts">
          {member.lines} {member.lines === 1 ? 'line' : 'lines'} · {member.words} words · {genderLabel(member.gender)}
        </span>
      </div>
      {member.aliases.length > 0 && !editing && <p className="cast-row__aliases">Also: {member.aliases.join(', ')}</p>}
      <CastRowVoice characterId={member.id} name={member.name} narrator={member.narrator} />
      {editing && <CastMemberEditor member={member} onDone={onDone} />}
    </li>
  );
}
