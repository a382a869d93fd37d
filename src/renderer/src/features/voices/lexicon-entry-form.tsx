import { useId, useState } from 'react';
import type { LexiconDraft } from './audition-store';
import { useAuditionStore } from './audition-store';

interface LexiconEntryFormProps {
  initial?: LexiconDraft;
  submitLabel: string;
  onSubmit: (entry: LexiconDraft) => Promise<boolean>;
  onCancel?: () => void;
}

const EMPTY: LexiconDraft = { grapheme: '', kind: 'alias', value: '', caseSensitive: false };

/** A pronunciation: the word, said as another spelling or as IPA; Test hears it in the book. */
export function LexiconEntryForm({ initial = EMPTY, submitLabel, onSubmit, onCancel }: LexiconEntryFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<LexiconDraft>(initial);
  const ready = draft.grapheme.trim() !== '' && draft.value.trim() !== '';
  const change = (patch: Partial<LexiconDraft>): void => setDraft({ ...draft, ...patch });
  return (
    <form
      className="lexicon-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) void onSubmit(draft).then((ok) => ok && !initial.grapheme && setDraft(EMPTY));
      }}
    >
      <label htmlFor={`${id}-word`}>Word or phrase</label>
      <input id={`${id}-word`} className="input" value={draft.grapheme} onChange={(e) => change({ grapheme: e.target.value })} autoComplete="off" />
      <label htmlFor={`${id}-kind`}>Said as</label>
      <select id={`${id}-kind`} className="input" value={draft.kind} onChange={(e) => change({ kind: e.target.value === 'phoneme' ? 'phoneme' : 'alias' })}>
        <option value="alias">a respelling</option>
        <option value="phoneme">IPA phonemes</option>
      </select>
      <label htmlFor={`${id}-value`}>{draft.kind === 'alias' ? 'Respelling' : 'IPA'}</label>
      <input
        id={`${id}-value`}
        className="input"
        value={draft.value}
        lang={draft.kind === 'phoneme' ? 'und-fonipa' : undefined}
        placeholder={draft.kind === 'alias' ? 'Her-my-oh-nee' : 'hɜːˈmaɪəni'}
        onChange={(e) => change({ value: e.target.value })}
        autoComplete="off"
      />
      <label className="lexicon-form__check">
        <input type="checkbox" checked={draft.caseSensitive} onChange={(e) => change({ caseSensitive: e.target.checked })} /> Only with these capitals
      </label>
      <div className="lexicon-form__actions">
        <button type="button" className="button button--small" disabled={!ready} onClick={() => void useAuditionStore.getState().word(draft)}>
          ▶ Test
        </button>
        <button type="submit" className="button button--primary button--small" disabled={!ready}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet button--small" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
