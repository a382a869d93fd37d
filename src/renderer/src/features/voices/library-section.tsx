import { useId, useState } from 'react';
import type { LibraryPackage } from '../../../../shared/requests/voice-requests';
import { ErrorMessage } from '../../ui/error-message';
import { ProgressBar } from '../../ui/progress-bar';
import { formatEta } from '../import/format-eta';
import { formatBytes } from './format';
import { useLibraryStore } from './library-store';
import { MirrorForm } from './mirror-form';
import { useVoiceData } from './use-voice-data';
import { engineName, languageName } from './voice-groups';

/** The voices to download (Piper, Kokoro), installed, being installed, or removable; the mirror. */
export function LibrarySection() {
  const id = useId();
  const packages = useLibraryStore((s) => s.packages);
  const status = useLibraryStore((s) => s.status);
  const error = useLibraryStore((s) => s.error);
  useVoiceData();
  const installed = packages.filter((p) => p.installed);
  return (
    <section className="voices-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="voices-section__title">
        Voice library
      </h3>
      <p className="voices-section__help">
        eSpeak NG speaks over a hundred languages with no download. Neural voices (Piper, Kokoro) sound more natural; they are downloaded once,
        checked against their published checksum, and run on this computer.
      </p>
      {error && <ErrorMessage error={error} onDismiss={useLibraryStore.getState().dismissError} />}
      {status === 'loading' && packages.length === 0 && <p className="voices-section__help">Loading the library…</p>}
      <p className="voices-section__help">
        {installed.length} of {packages.length} downloads installed.
      </p>
      <ul className="library-list" aria-label="Downloadable voices">
        {packages.map((pack) => (
          <PackageRow key={pack.packageKey} pack={pack} />
        ))}
      </ul>
      <MirrorForm />
    </section>
  );
}

function PackageRow({ pack }: { pack: LibraryPackage }) {
  const id = useId();
  const jobId = useLibraryStore((s) => s.installs[pack.packageKey]);
  const progress = useLibraryStore((s) => (jobId ? s.progress[jobId] : undefined));
  const [consent, setConsent] = useState(false);
  const store = useLibraryStore.getState();
  const languages = pack.languages.map(languageName).join(', ');
  return (
    <li className="library-row" aria-labelledby={`${id}-name`}>
      <div className="library-row__head">
        <span className="library-row__name" id={`${id}-name`}>
          {pack.name}
        </span>
        <span className={pack.installed ? 'library-row__state library-row__state--installed' : 'library-row__state'}>
          {pack.installed ? 'Installed' : jobId ? 'Installing' : formatBytes(pack.sizeBytes)}
        </span>
      </div>
      <p className="library-row__meta">
        {engineName(pack.engine)} · {languages} · {pack.voices} {pack.voices === 1 ? 'voice' : 'voices'}
        {pack.gender !== 'mixed' && pack.gender !== 'unknown' ? ` · ${pack.gender}` : ''} · {pack.quality} quality · {pack.licence}
      </p>
      {jobId ? (
        <div className="library-row__progress">
          <ProgressBar
            label={`Installing ${pack.name}`}
            fraction={progress ? progress.fraction : null}
            valueText={progress ? `${formatBytes(progress.current)} of ${formatBytes(progress.total)}` : undefined}
          />
          <span className="library-row__eta">{formatEta(progress?.etaSeconds ?? null) ?? ''}</span>
          <button type="button" className="button button--small" onClick={() => void store.cancel(pack.packageKey)}>
            Cancel
          </button>
        </div>
      ) : pack.installed ? (
        <button type="button" className="button button--quiet button--small" aria-label={`Remove ${pack.name}`} onClick={() => void store.remove(pack.catalogueId)}>
          Remove
        </button>
      ) : (
        <div className="library-row__install">
          {pack.unverified && (
            <label className="library-row__consent">
              <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} /> No checksum is published for this voice: install it unverified
            </label>
          )}
          <button
            type="button"
            className="button button--small"
            disabled={pack.unverified && !consent}
            aria-label={`Install ${pack.name} (${formatBytes(pack.sizeBytes)})`}
            onClick={() => void store.install(pack.catalogueId, pack.unverified && consent)}
          >
            Install
          </button>
        </div>
      )}
    </li>
  );
}
