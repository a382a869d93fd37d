import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The agreement between the voice library (which downloads models) and the engines (which load
 * them): an installed model is one folder `<models>/<engine>/<modelId>/` holding these files under
 * these names, whatever they were called where they were downloaded from. The library moves a
 * folder into place only once every required file is complete, so a folder that exists is usable.
 */
export const NEURAL_ENGINES = ['kokoro', 'piper'] as const;
export type NeuralEngineId = (typeof NEURAL_ENGINES)[number];

export interface ModelFileSpec {
  /** What the engine uses the file for. */
  role: string;
  /** Accepted names inside the model folder, in order of preference; a trailing `/` is a folder. */
  names: string[];
  describe: string;
}

export const MODEL_FILES: Record<NeuralEngineId, ModelFileSpec[]> = {
  piper: [
    { role: 'model', names: ['model.onnx'], describe: 'the VITS network, `<voice>.onnx` in the Piper voices repository' },
    {
      role: 'config',
      names: ['model.onnx.json'],
      describe: 'the voice configuration, `<voice>.onnx.json`: sample rate, phoneme ids, inference scales, speakers',
    },
  ],
  kokoro: [
    { role: 'model', names: ['model.onnx'], describe: 'the Kokoro-82M network (`kokoro-v1.0.onnx`, or `onnx/model.onnx` of onnx-community)' },
    {
      role: 'voices',
      names: ['voices.bin', 'voices/'],
      describe:
        'the style vectors, 510×256 floats per voice: `voices.bin` as kokoro-onnx ships it (a NumPy .npz archive, `voices-v1.0.bin`) or a `voices/` folder of raw float32 `<voice>.bin` files (onnx-community)',
    },
    {
      role: 'vocab',
      names: ['config.json', 'tokenizer.json'],
      describe: 'the phoneme vocabulary: `config.json` with `vocab` (hexgrad/Kokoro-82M) or `tokenizer.json` with `model.vocab` (onnx-community)',
    },
  ],
};

export type ModelFiles = Record<string, string>;

/** The paths of a model folder's files by role, or null when one is missing. */
export function resolveModelFiles(engine: NeuralEngineId, dir: string): ModelFiles | null {
  const files: ModelFiles = {};
  for (const spec of MODEL_FILES[engine]) {
    const found = spec.names.find((name) => isPresent(dir, name));
    if (!found) return null;
    files[spec.role] = join(dir, found.replace(/\/$/, ''));
  }
  return files;
}

function isPresent(dir: string, name: string): boolean {
  const folder = name.endsWith('/');
  const path = join(dir, folder ? name.slice(0, -1) : name);
  if (!existsSync(path)) return false;
  const stat = statSync(path);
  return folder ? stat.isDirectory() : stat.isFile() && stat.size > 0;
}
