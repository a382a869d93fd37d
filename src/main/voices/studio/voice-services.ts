import { StudioError } from '../../../shared/errors';
import type { VoiceInstall } from '../../../shared/requests/voice-requests';
import type { VoiceInfo } from '../../../shared/voices';
import type { JobRunner } from '../../jobs/job-runner';
import type { WorkerPool } from '../../jobs/worker-pool';
import type { SettingsStore } from '../../settings/settings-store';
import { defaultModelsRoot } from '../engines/model-store';
import { catalogueEntry, describeVoices, isUnverified } from '../library/catalogue';
import type { Catalogue } from '../library/catalogue-schema';
import { feedJob } from '../library/download-progress';
import { mirrorUrl } from '../library/mirror-url';
import { VoiceLibrary, type VoiceLibraryOptions } from '../library/voice-library';
import { packageKey } from './library-listing';
import { inThreadEngines, pooledEngines, type EngineAccess } from './engine-access';

export interface VoiceServicesOptions {
  /** The user data folder; models go to `<dataDir>/models`. */
  dataDir: string;
  /** The studio's worker pool; without one, synthesis runs in this thread. */
  pool: WorkerPool | null;
  workers: number;
  settings: SettingsStore;
  jobs: JobRunner;
  /** Told when the installed voices change (after an install or a removal). */
  onLibraryChange: () => void;
  catalogue?: Catalogue;
  download?: VoiceLibraryOptions['download'];
}

/**
 * The studio's voices: the library of installable models, its installs as jobs, the list of voices
 * that can speak now (kept until an install or a removal changes it), and the warming of the workers
 * before the first audition.
 */
export class VoiceServices {
  readonly library: VoiceLibrary;
  private readonly engines: EngineAccess;
  private speakable: Promise<VoiceInfo[]> | null = null;
  private warming: Promise<void> | null = null;
  private readonly installs = new Map<string, string>();

  constructor(private readonly options: VoiceServicesOptions) {
    const root = defaultModelsRoot(options.dataDir);
    this.library = new VoiceLibrary({ modelsDir: root, catalogue: options.catalogue, mirror: () => this.mirror() || undefined, download: options.download });
    this.engines = options.pool ? pooledEngines(options.pool, root, options.workers) : inThreadEngines(root);
  }

  /** Every voice that can speak now, described from the catalogue where the engine cannot say. */
  voices(): Promise<VoiceInfo[]> {
    if (!this.speakable) {
      const listing = this.engines.listVoices().then((voices) => describeVoices(voices, this.library.catalogue));
      // A failed listing is not kept: the next request tries again.
      listing.catch(() => (this.speakable = null));
      this.speakable = listing;
    }
    return this.speakable;
  }

  /**
   * Loads eSpeak NG in the workers before the first audition needs it. Asked again whenever the
   * voices are about to be used, since the pool stops idle workers; a warm worker answers at once.
   * A failure only means the first audition loads it itself.
   */
  warm(): Promise<void> {
    this.warming ??= this.engines
      .warm()
      .catch(() => undefined)
      .finally(() => (this.warming = null));
    return this.warming;
  }

  /** Packages installed and complete, as `engine/package`. */
  installedPackages(): Set<string> {
    return new Set(this.library.installed().map(packageKey));
  }

  mirror(): string {
    return this.options.settings.read().voiceDownloadMirror ?? '';
  }

  setMirror(mirror: string): void {
    // Checked as the downloader will use it, so a bad mirror is refused now, not at the next install.
    if (mirror) mirrorUrl('https://huggingface.co/rhasspy/piper-voices/resolve/main/README.md', mirror);
    this.options.settings.update({ voiceDownloadMirror: mirror || undefined });
  }

  get installing(): VoiceInstall[] {
    return [...this.installs].map(([key, jobId]) => ({ packageKey: key, jobId }));
  }

  /**
   * Installs the package of a catalogue voice as a download job. An install of the same package
   * already running is answered with its job; a cancelled one resumes from its partial files.
   */
  install(catalogueId: string, allowUnverified: boolean): VoiceInstall {
    const entry = catalogueEntry(this.library.catalogue, catalogueId);
    const key = packageKey(entry);
    const running = this.installs.get(key);
    if (running) return { packageKey: key, jobId: running };
    if (isUnverified(entry) && !allowUnverified) {
      throw new StudioError(
        'UNVERIFIED_DOWNLOAD',
        `${entry.name} has no published checksum, so its download cannot be verified. Install it only if you trust the source, and confirm the unverified install.`,
      );
    }
    const title = `Installing ${entry.engine === 'kokoro' ? `the Kokoro voices (${entry.package})` : entry.name}`;
    const { jobId, done } = this.options.jobs.start('download', title, async (job) => {
      await this.library.install(catalogueId, { signal: job.signal, onProgress: feedJob(job, title), allowUnverified });
    });
    this.installs.set(key, jobId);
    void done
      .catch(() => undefined)
      .finally(() => {
        this.installs.delete(key);
        this.libraryChanged();
      });
    return { packageKey: key, jobId };
  }

  remove(catalogueId: string): void {
    const entry = catalogueEntry(this.library.catalogue, catalogueId);
    if (this.installs.has(packageKey(entry))) {
      throw new StudioError('INVALID_REQUEST', `${entry.name} is being installed; cancel the install before removing it.`);
    }
    this.library.remove(catalogueId);
    this.libraryChanged();
  }

  private libraryChanged(): void {
    this.speakable = null;
    this.options.onLibraryChange();
  }
}

/** What the voice services need of the studio that holds them. */
export interface VoiceHost {
  readonly options: { paths: { dataDir: string }; workers?: number; voiceCatalogue?: Catalogue };
  readonly settings: SettingsStore;
  readonly jobs: JobRunner;
  readonly events: { emit(event: 'voices.changed', payload: { scope: 'library' }): void };
}

/** A studio's voice services, on its worker pool, telling every window when the library changes. */
export function studioVoices(host: VoiceHost, pool: WorkerPool | null): VoiceServices {
  return new VoiceServices({
    dataDir: host.options.paths.dataDir,
    pool,
    workers: host.options.workers ?? 2,
    settings: host.settings,
    jobs: host.jobs,
    onLibraryChange: () => host.events.emit('voices.changed', { scope: 'library' }),
    catalogue: host.options.voiceCatalogue,
  });
}
