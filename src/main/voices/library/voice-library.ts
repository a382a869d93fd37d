import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { StudioError } from '../../../shared/errors';
import type { VoiceInfo } from '../../../shared/voices';
import { writeFileAtomic } from '../../settings/atomic-write';
import { bundledVoiceCatalogue, catalogueEntry, entryVoices, isUnverified } from './catalogue';
import type { Catalogue, CatalogueEntry, CatalogueFile } from './catalogue-schema';
import { downloadFile, type DownloadFileOptions } from './download-file';
import { ProgressMeter, type DownloadProgressListener } from './download-progress';
import { installedManifestSchema, MANIFEST_NAME, type InstalledManifest } from './installed-manifest';
import { mirrorUrl } from './mirror-url';
import { pathInside } from './safe-path';

export interface VoiceLibraryOptions {
  /** The model store's root (`<models>/<engine>/<package>/`); nothing is written anywhere else. */
  modelsDir: string;
  catalogue?: Catalogue;
  /** Read at each install, so a changed setting applies to the next download. */
  mirror?: () => string | undefined;
  download?: Pick<DownloadFileOptions, 'attemptsPerUrl' | 'retryDelayMs' | 'idleTimeoutMs'>;
  now?: () => number;
}

export interface InstallOptions {
  signal?: AbortSignal;
  onProgress?: DownloadProgressListener;
  /** The user's explicit consent to install files the catalogue has no checksum for. */
  allowUnverified?: boolean;
}

const ENGINES = ['kokoro', 'piper'] as const;

/**
 * The catalogue of installable voices and what of it is installed. A voice lives in its package's
 * folder, `<models>/<engine>/<package>/`, the layout the engines' model store reads: a Piper voice is
 * its own package, every Kokoro voice comes with the one Kokoro package. An install fills a hidden
 * `.<package>.partial` folder (kept between runs, so downloads resume), writes the manifest last and
 * renames the folder into place, so the engines never see half a model.
 */
export class VoiceLibrary {
  readonly catalogue: Catalogue;
  private readonly modelsDir: string;

  constructor(private readonly options: VoiceLibraryOptions) {
    this.catalogue = options.catalogue ?? bundledVoiceCatalogue();
    this.modelsDir = options.modelsDir;
  }

  /** Every catalogue voice (one per speaker of a multi-speaker model), marked installed or not. */
  voices(): VoiceInfo[] {
    const installed = new Set(this.installed().map((m) => `${m.engine}/${m.package}`));
    return this.catalogue.voices.flatMap((entry) => entryVoices(entry, installed.has(`${entry.engine}/${entry.package}`)));
  }

  /** Manifests of the packages whose install finished and whose files are all still there. */
  installed(): InstalledManifest[] {
    const found: InstalledManifest[] = [];
    for (const engine of ENGINES) {
      const dir = pathInside(this.modelsDir, engine);
      if (!existsSync(dir)) continue;
      for (const folder of readdirSync(dir, { withFileTypes: true })) {
        if (!folder.isDirectory() || folder.name.startsWith('.')) continue;
        const manifest = readManifest(pathInside(dir, folder.name));
        if (manifest && manifest.engine === engine && manifest.package === folder.name) found.push(manifest);
      }
    }
    return found.sort((a, b) => `${a.engine}/${a.package}`.localeCompare(`${b.engine}/${b.package}`));
  }

  isInstalled(id: string): boolean {
    return readManifest(this.packageDir(catalogueEntry(this.catalogue, id))) !== null;
  }

  /** Absolute paths of an installed voice's files, for the engine that loads it. */
  installedFiles(id: string): Array<{ name: string; role: CatalogueFile['role']; path: string }> {
    const folder = this.packageDir(catalogueEntry(this.catalogue, id));
    const manifest = readManifest(folder);
    if (!manifest) throw new StudioError('NOT_FOUND', `The voice "${id}" is not installed.`);
    return manifest.files.map((f) => ({ name: f.name, role: f.role, path: pathInside(folder, f.name) }));
  }

  /** Installs the package of the voice `id`, resuming whatever an earlier, interrupted install fetched. */
  async install(id: string, options: InstallOptions = {}): Promise<InstalledManifest> {
    const entry = catalogueEntry(this.catalogue, id);
    if (isUnverified(entry) && !options.allowUnverified) {
      throw new StudioError(
        'UNVERIFIED_DOWNLOAD',
        `${entry.name} has no published checksum, so its download cannot be verified. Install it only if you trust the source, and confirm the unverified install.`,
      );
    }
    const final = this.packageDir(entry);
    const existing = readManifest(final);
    if (existing) return existing;
    if (existsSync(final)) {
      if (!existsSync(pathInside(final, MANIFEST_NAME))) {
        throw new StudioError(
          'INVALID_REQUEST',
          `The folder ${final} already holds a model that Dramatis did not install. Remove it to install ${entry.name} from the catalogue.`,
        );
      }
      // One of ours that lost a file: install it afresh.
      rmSync(final, { recursive: true, force: true });
    }
    const staging = this.stagingDir(entry);
    mkdirSync(staging, { recursive: true });

    const pending = entry.files.filter((file) => !hasSize(pathInside(staging, file.name), file.sizeBytes));
    const meter = new ProgressMeter(
      pending.reduce((sum, f) => sum + f.sizeBytes, 0),
      this.options.now,
    );
    let finished = 0;
    const mirror = this.options.mirror?.();
    for (const file of pending) {
      await downloadFile(
        {
          urls: file.urls.map((url) => mirrorUrl(url, mirror)),
          sha256: file.sha256,
          sizeBytes: file.sizeBytes,
          destination: pathInside(staging, file.name),
        },
        {
          ...this.options.download,
          signal: options.signal,
          onBytes: (bytes) => options.onProgress?.(meter.measure(file.name, finished + bytes)),
        },
      );
      finished += file.sizeBytes;
    }
    const manifest: InstalledManifest = {
      engine: entry.engine,
      package: entry.package,
      voices: this.catalogue.voices.filter((v) => v.engine === entry.engine && v.package === entry.package).map((v) => v.id),
      installedAt: new Date(this.options.now?.() ?? Date.now()).toISOString(),
      files: entry.files.map((f) => ({ name: f.name, role: f.role, sha256: f.sha256, sizeBytes: f.sizeBytes, verified: f.sha256 !== null })),
    };
    writeFileAtomic(pathInside(staging, MANIFEST_NAME), JSON.stringify(manifest, null, 2));
    renameSync(staging, final);
    return manifest;
  }

  /**
   * Removes the package of the voice `id` (for Kokoro, every Kokoro voice) and any unfinished
   * download of it. The manifest goes first, so a half-removed package is never listed.
   */
  remove(id: string): void {
    const entry = catalogueEntry(this.catalogue, id);
    const final = this.packageDir(entry);
    const staging = this.stagingDir(entry);
    if (!existsSync(final) && !existsSync(staging)) throw new StudioError('NOT_FOUND', `The voice "${id}" is not installed.`);
    if (existsSync(final) && !existsSync(pathInside(final, MANIFEST_NAME))) {
      throw new StudioError('INVALID_REQUEST', `The folder ${final} was not installed by Dramatis; it is left as it is.`);
    }
    rmSync(pathInside(final, MANIFEST_NAME), { force: true });
    rmSync(final, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
  }

  private packageDir(entry: CatalogueEntry): string {
    return pathInside(this.modelsDir, entry.engine, entry.package);
  }

  private stagingDir(entry: CatalogueEntry): string {
    return pathInside(this.modelsDir, entry.engine, `.${entry.package}.partial`);
  }
}

function readManifest(folder: string): InstalledManifest | null {
  try {
    const parsed = installedManifestSchema.safeParse(JSON.parse(readFileSync(pathInside(folder, MANIFEST_NAME), 'utf8')));
    if (!parsed.success) return null;
    return parsed.data.files.every((f) => hasSize(pathInside(folder, f.name), f.sizeBytes)) ? parsed.data : null;
  } catch {
    return null;
  }
}

function hasSize(path: string, size: number): boolean {
  try {
    const stat = statSync(path);
    return stat.isFile() && stat.size === size;
  } catch {
    return false;
  }
}
