import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_FILES, resolveModelFiles } from './model-files';
import { defaultModelsRoot, FolderModelStore } from './model-store';
import { fixtureDir, installFixtureModels } from './testing/fixture-models';

describe('FolderModelStore', () => {
  it('lists the complete models of an engine, with their files by role', () => {
    const root = fixtureDir();
    installFixtureModels(root);
    const store = new FolderModelStore(root);
    expect(store.list('piper').map((m) => m.id)).toEqual(['en_GB-fixture-medium', 'en_GB-fixture_multi-medium']);
    const kokoro = store.get('kokoro', 'kokoro-fixture');
    expect(kokoro?.files).toEqual({
      model: join(root, 'kokoro', 'kokoro-fixture', 'model.onnx'),
      voices: join(root, 'kokoro', 'kokoro-fixture', 'voices.bin'),
      vocab: join(root, 'kokoro', 'kokoro-fixture', 'config.json'),
    });
  });

  it('ignores folders missing a file or holding an empty one, and engines with no folder', () => {
    const root = fixtureDir();
    mkdirSync(join(root, 'piper', 'en_US-half-low'), { recursive: true });
    writeFileSync(join(root, 'piper', 'en_US-half-low', 'model.onnx'), 'x');
    mkdirSync(join(root, 'piper', 'en_US-empty-low'), { recursive: true });
    writeFileSync(join(root, 'piper', 'en_US-empty-low', 'model.onnx'), 'x');
    writeFileSync(join(root, 'piper', 'en_US-empty-low', 'model.onnx.json'), '');
    const store = new FolderModelStore(root);
    expect(store.list('piper')).toEqual([]);
    expect(store.list('kokoro')).toEqual([]);
    expect(store.get('piper', 'en_US-half-low')).toBeNull();
  });

  it('accepts the voices as a folder and the vocabulary as tokenizer.json', () => {
    const dir = fixtureDir();
    for (const name of ['model.onnx', 'tokenizer.json']) writeFileSync(join(dir, name), 'x');
    mkdirSync(join(dir, 'voices'));
    expect(resolveModelFiles('kokoro', dir)).toEqual({ model: join(dir, 'model.onnx'), voices: join(dir, 'voices'), vocab: join(dir, 'tokenizer.json') });
    expect(MODEL_FILES.piper.map((f) => f.names[0])).toEqual(['model.onnx', 'model.onnx.json']);
  });

  it('keeps model ids inside the store', () => {
    const store = new FolderModelStore(fixtureDir());
    expect(() => store.modelDir('piper', '../../etc')).toThrow(/not a model name/);
    expect(() => store.modelDir('piper', 'a/b')).toThrow(/not a model name/);
    expect(defaultModelsRoot('/data')).toBe(join('/data', 'models'));
  });
});
