import { useEffect, useId, useState } from 'react';
import type { LexiconEntryView } from '../../../../shared/requests/voice-requests';
import { ErrorMessage } from '../../ui/error-message';
import { OpenFileButton } from '../../ui/open-file-button';
import { useProjectStore } from '../project/project-store';
import { useAuditionStore } from './audition-store';
import { LexiconEntryForm } from './lexicon-entry-form';
import { useLexiconStore } from './lexicon-store';
import { saveFile } from './save-file';

/** The project's pronunciations: add, test, change, remove; PLS in and out; the EPUB's own. */
export function LexiconSection() {
  const id = useId();
  const entries = useLexiconStore((s) => s.entries);
  const notice = useLexiconStore((s) => s.notice);
  const error = useLexiconStore((s) => s.error);
  const epub = useProjectStore((s) => s.project?.book.format === 'epub');
  const [replace, setReplace] = useState(false);
  const store = useLexiconStore.getState();
  useEffect(() => {
    if (useLexiconStore.getState().status === 'idle') void useLexiconStore.getState().load();
  }, []);

  const exportPls = async (): Promise<void> => {
    const file = await store.exportPls();
    if (file) saveFile(file.fileName, file.bytes, 'application/pls+xml');
  };

  return (
    <section className="voices-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="voices-section__title">
        Pronunciations
      </h3>
      <p className="voices-section__help">Words every voice says your way: as another spelling, or in IPA. Test one to hear it in a sentence of the book.</p>
      <LexiconEntryForm submitLabel="Add" onSubmit={store.add} />
      {error && <ErrorMessage error={error} onDismiss={store.dismissError} />}
      {notice && (
        <p className="voices-section__notice" role="status">
          {notice}
        </p>
      )}
      <ul className="lexicon-list" aria-label="Pronunciations">
        {entries.map((entry) => (
          <LexiconRow key={entry.id} entry={entry} />
        ))}
      </ul>
      {entries.length === 0 && <p className="voices-section__help">No pronunciations yet.</p>}
      <div className="voices-section__actions">
        <OpenFileButton
          accept=".pls,.xml,application/pls+xml"
          inputLabel="PLS file to import"
          onFile={(file) => void file.arrayBuffer().then((buffer) => store.importPls(new Uint8Array(buffer), replace ? 'replace' : 'merge'))}
        >
          Import PLS…
        </OpenFileButton>
        <label className="lexicon-form__check">
          <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} /> Replace the whole lexicon
        </label>
        <button type="button" className="button button--small" disabled={entries.length === 0} onClick={() => void exportPls()}>
          Export PLS…
        </button>
        {epub && (
          <button type="button" className="button button--small" onClick={() => void store.importBook()}>
            Import the book’s pronunciations
          </button>
        )}
      </div>
    </section>
  );
}

function LexiconRow({ entry }: { entry: LexiconEntryView }) {
  const [editing, setEditing] = useState(false);
  const store = useLexiconStore.getState();
  if (editing) {
    return (
      <li className="lexicon-row">
        <LexiconEntryForm
          initial={entry}
          submitLabel="Save"
          onSubmit={async (draft) => {
            const ok = await store.update(entry.id, draft);
            if (ok) setEditing(false);
            return ok;
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className="lexicon-row">
      <span className="lexicon-row__word">{entry.grapheme}</span>
      <span className="lexicon-row__arrow" aria-hidden="true">
        →
      </span>
      <span className="lexicon-row__value" lang={entry.kind === 'phoneme' ? 'und-fonipa' : undefined}>
        {entry.kind === 'phoneme' ? `/${entry.value}/` : entry.value}
      </span>
      <span className="lexicon-row__actions">
        <button type="button" className="button button--quiet button--small" aria-label={`Hear “${entry.grapheme}”`} onClick={() => void useAuditionStore.getState().word(entry)}>
          ▶
        </button>
        <button type="button" className="button button--quiet button--small" aria-label={`Edit “${entry.grapheme}”`} onClick={() => setEditing(true)}>
          Edit
        </button>
        <button type="button" className="button button--quiet button--small" aria-label={`Remove “${entry.grapheme}”`} onClick={() => void store.remove(entry.id)}>
          Remove
        </button>
      </span>
    </li>
  );
}
