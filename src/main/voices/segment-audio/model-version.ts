import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { EngineId, VoiceRef } from '../../../shared/voices';
import type { InstalledModel, ModelStore } from '../engines/model-store';

/** eSpeak NG's version: its npm package, which carries the program and its voice data. */
export function espeakVersion(): string {
  try {
    const file = createRequire(import.meta.url).resolve('espeak-ng/package.json');
    const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
    return `espeak-ng@${typeof version === 'string' ? version : 'unknown'}`;
  } catch {
    return 'espeak-ng@unknown';
  }
}

/** A model's files as installed: their names, sizes and times, so a reinstalled or updated model is a new version. */
function fingerprint(model: InstalledModel): string {
  const files = Object.entries(model.files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([role, path]) => {
      const stat = statSync(path);
      return `${role}=${stat.size}@${Math.round(stat.mtimeMs)}`;
    });
  return `${model.id}[${files.join(',')}]`;
}

/**
 * The version of the engine or model behind a voice, for the cache key: eSpeak NG's package, a
 * Piper voice's model files, or every installed Kokoro model (the engine takes the first that has
 * the voice). Remembered per voice for a few seconds, since a render asks for every line and a
 * model may be installed again at any time.
 */
export class ModelVersions {
  private readonly known = new Map<string, { version: string; at: number }>();
  private readonly espeak = espeakVersion();

  constructor(
    private readonly models: ModelStore,
    private readonly ttlMs = 5_000,
    private readonly now: () => number = Date.now,
  ) {}

  of(voice: VoiceRef): string {
    if (voice.engine === 'espeak') return this.espeak;
    const key = `${voice.engine}:${voice.voice}`;
    const found = this.known.get(key);
    if (found && this.now() - found.at < this.ttlMs) return found.version;
    const version = this.compute(voice.engine, voice.voice);
    this.known.set(key, { version, at: this.now() });
    return version;
  }

  private compute(engine: Exclude<EngineId, 'espeak'>, voice: string): string {
    try {
      if (engine === 'piper') {
        const model = this.models.get('piper', voice);
        return model ? `piper:${fingerprint(model)}` : 'piper:not-installed';
      }
      return `kokoro:${this.models.list('kokoro').map(fingerprint).join(';')}`;
    } catch {
      return `${engine}:unreadable`;
    }
  }
}
