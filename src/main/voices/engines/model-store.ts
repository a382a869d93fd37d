import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { StudioError } from '../../../shared/errors';
import { resolveModelFiles, type ModelFiles, type NeuralEngineId } from './model-files';

export interface InstalledModel {
  engine: NeuralEngineId;
  /** The folder name: a Piper voice id (`en_GB-alba-medium`) or a Kokoro release (`kokoro-v1.0`). */
  id: string;
  dir: string;
  files: ModelFiles;
  /** Changes when any of its files does (a reinstall), so loaded copies are not reused. */
  stamp: string;
}

/** Where installed models are found. The engines only read it; the voice library fills it. */
export interface ModelStore {
  readonly root: string;
  /** Complete models of one engine, by id. */
  list(engine: NeuralEngineId): InstalledModel[];
  get(engine: NeuralEngineId, id: string): InstalledModel | null;
  /** The folder a model with this id is installed into. */
  modelDir(engine: NeuralEngineId, id: string): string;
}

/** `<userData>/models`: the default root of the model store. */
export function defaultModelsRoot(dataDir: string): string {
  return join(dataDir, 'models');
}

/** Models as folders `<root>/<engine>/<id>/` holding the files `MODEL_FILES` names. */
export class FolderModelStore implements ModelStore {
  constructor(readonly root: string) {}

  list(engine: NeuralEngineId): InstalledModel[] {
    const dir = join(this.root, engine);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && isModelId(entry.name))
      .map((entry) => this.get(engine, entry.name))
      .filter((model): model is InstalledModel => model !== null)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  get(engine: NeuralEngineId, id: string): InstalledModel | null {
    const dir = this.modelDir(engine, id);
    const files = resolveModelFiles(engine, dir);
    if (!files) return null;
    const stamp = Object.values(files)
      .map((path) => {
        const stat = statSync(path);
        return `${stat.mtimeMs}:${stat.size}`;
      })
      .join('/');
    return { engine, id, dir, files, stamp };
  }

  modelDir(engine: NeuralEngineId, id: string): string {
    if (!isModelId(id)) throw new StudioError('INVALID_REQUEST', `“${id}” is not a model name: use letters, digits, dots, dashes and underscores.`);
    return join(this.root, engine, id);
  }
}

function isModelId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(id) && !id.includes('..');
}
