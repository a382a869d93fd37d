import { useId, useState } from 'react';
import type { CastMember } from '../../../../shared/script-editing';
import { useCastStore } from './cast-store';

/** Merges this character into another: the usual fix when the analysis found one person twice. */
export function MergeForm({ member, onMerged }: { member: CastMember; onMerged: () => void }) {
  const id = useId();
  const cast = useCastStore((s) => s.cast);
  const others = cast.filter((c) => c.id !== member.id);
  const [intoId, setIntoId] = useState<number | null>(null);
  const into = others.find((c) => c.id === intoId) ?? null;
  return (
    <form
      className="cast-form cast-form--section"
      onSubmit={(event) => {
        event.preventDefault();
        if (!into) return;
        void useCastStore
          .getState()
          .merge(member.id, into.id)
          .then((merged) => merged && onMerged());
      }}
    >
      <h4 className="cast-form__title">Merge</h4>
      <label htmlFor={`${id}-into`}>Merge {member.name} into</label>
      <select id={`${id}-into`} className="input" value={intoId ?? ''} onChange={(e) => setIntoId(e.target.value ? Number(e.target.value) : null)}>
        <option value="">Choose a character…</option>
        {others.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      {into && (
        <p className="cast-form__help">
          {member.name}’s {member.lines} {member.lines === 1 ? 'line' : 'lines'} and aliases go to {into.name}, and {member.name} leaves the cast.
        </p>
      )}
      <div className="cast-form__actions">
        <button type="submit" className="button button--small" disabled={!into}>
          Merge
        </button>
      </div>
    </form>
  );
}
