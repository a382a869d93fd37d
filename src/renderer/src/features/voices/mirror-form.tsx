import { useEffect, useId, useState } from 'react';
import { useLibraryStore } from './library-store';

/** Where voices are downloaded from: the catalogue's own addresses, or a mirror of them. */
export function MirrorForm() {
  const id = useId();
  const mirror = useLibraryStore((s) => s.mirror);
  const [draft, setDraft] = useState(mirror);
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(mirror), [mirror]);
  return (
    <form
      className="mirror-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        void useLibraryStore
          .getState()
          .setMirror(draft.trim())
          .then((ok) => setSaved(ok));
      }}
    >
      <label htmlFor={`${id}-mirror`}>Download mirror</label>
      <input
        id={`${id}-mirror`}
        className="input"
        type="url"
        inputMode="url"
        placeholder="https://mirror.example/hf"
        value={draft}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          setDraft(e.target.value);
          setSaved(false);
        }}
      />
      <button type="submit" className="button button--small">
        Save
      </button>
      <p id={`${id}-help`} className="voices-section__help">
        A base address that replaces the host of every download (its path goes before the original path). Leave it empty for the catalogue’s own
        addresses.{saved ? ' Saved.' : ''}
      </p>
    </form>
  );
}
