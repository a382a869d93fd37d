import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderModelStore } from '../engines/model-store';
import { catalogueSchema, type Catalogue, type CatalogueFile } from './catalogue-schema';
import { DownloadTestServer, sha256Of, testBytes } from './testing/download-test-server';
import type { DownloadProgress } from './download-progress';
import { VoiceLibrary } from './voice-library';
import { rejectionOf } from '../../testing/refusals';

const model = testBytes(120 * 1024, 10);
const config = testBytes(3 * 1024, 11);
const kokoroModel = testBytes(150 * 1024, 12);
const kokoroPack = testBytes(20 * 1024, 13);
const kokoroVocab = testBytes(2 * 1024, 14);
const loose = testBytes(8 * 1024, 15);
const looseConfig = testBytes(1024, 16);

/** Catalogue addresses point at a host that does not exist; tests reach the files only through the mirror. */
const ORIGIN = 'https://voices.invalid';

function file(name: string, role: CatalogueFile['role'], served: string, bytes: Buffer, verified = true): CatalogueFile {
  return { name, role, urls: [`${ORIGIN}/files/${served}`], sha256: verified ? sha256Of(bytes) : null, sizeBytes: bytes.length };
}

function entry(engine: 'piper' | 'kokoro', voice: string, pkg: string, files: CatalogueFile[]) {
  return {
    id: `${engine}:${voice}`, engine, voice, package: pkg, name: voice, language: 'en-GB', gender: 'female' as const,
    accent: 'British', quality: 'medium' as const, sizeBytes: files.reduce((s, f) => s + f.sizeBytes, 0), licence: 'CC-BY-4.0',
    licenceUrl: `${ORIGIN}/licence`, files,
  };
}

const kokoroFiles = [
  file('model.onnx', 'model', 'kokoro.onnx', kokoroModel),
  file('voices.bin', 'voices', 'voices.bin', kokoroPack),
  file('config.json', 'vocab', 'config.json', kokoroVocab),
];

const catalogue: Catalogue = catalogueSchema.parse({
  version: 1,
  voices: [
    entry('piper', 'en_GB-test-medium', 'en_GB-test-medium', [
      file('model.onnx', 'model', 'test.onnx', model),
      file('model.onnx.json', 'config', 'test.onnx.json', config),
    ]),
    entry('kokoro', 'bf_one', 'kokoro-test', kokoroFiles),
    entry('kokoro', 'bf_two', 'kokoro-test', kokoroFiles),
    entry('piper', 'en_GB-loose-medium', 'en_GB-loose-medium', [
      file('model.onnx', 'model', 'loose.onnx', loose, false),
      file('model.onnx.json', 'config', 'loose.onnx.json', looseConfig, false),
    ]),
  ],
});

let server: DownloadTestServer;
let mirror: string;
let modelsDir: string;

beforeEach(async () => {
  server = new DownloadTestServer()
    .serve('/m/files/test.onnx', { body: model, etag: '"a"' })
    .serve('/m/files/test.onnx.json', { body: config, etag: '"b"' })
    .serve('/m/files/kokoro.onnx', { body: kokoroModel, etag: '"c"' })
    .serve('/m/files/voices.bin', { body: kokoroPack, etag: '"d"' })
    .serve('/m/files/config.json', { body: kokoroVocab, etag: '"e"' })
    .serve('/m/files/loose.onnx', { body: loose })
    .serve('/m/files/loose.onnx.json', { body: looseConfig });
  mirror = `${await server.start()}/m`;
  modelsDir = mkdtempSync(join(tmpdir(), 'dramatis-models-'));
});

afterEach(async () => {
  await server.stop();
});

function library(): VoiceLibrary {
  return new VoiceLibrary({ modelsDir, catalogue, mirror: () => mirror, download: { retryDelayMs: 5, attemptsPerUrl: 2 } });
}

describe('VoiceLibrary', () => {
  it('installs a voice through the mirror into the folder the engines read, with progress', async () => {
    const lib = library();
    const progress: DownloadProgress[] = [];
    const manifest = await lib.install('piper:en_GB-test-medium', { onProgress: (p) => progress.push(p) });
    const folder = join(modelsDir, 'piper', 'en_GB-test-medium');
    expect(readdirSync(folder).sort()).toEqual(['dramatis-manifest.json', 'model.onnx', 'model.onnx.json']);
    expect(readFileSync(join(folder, 'model.onnx')).equals(model)).toBe(true);
    expect(JSON.parse(readFileSync(join(folder, 'dramatis-manifest.json'), 'utf8'))).toEqual(manifest);
    expect(manifest).toMatchObject({ engine: 'piper', package: 'en_GB-test-medium', voices: ['piper:en_GB-test-medium'] });
    expect(manifest.files.every((f) => f.verified)).toBe(true);
    expect(readdirSync(join(modelsDir, 'piper'))).toEqual(['en_GB-test-medium']);

    const total = model.length + config.length;
    expect(progress.at(-1)).toMatchObject({ file: 'model.onnx.json', bytesDone: total, bytesTotal: total, etaSeconds: 0 });
    expect(progress.map((p) => p.bytesDone)).toEqual([...progress.map((p) => p.bytesDone)].sort((a, b) => a - b));

    expect(new FolderModelStore(modelsDir).get('piper', 'en_GB-test-medium')?.files).toEqual({
      model: join(folder, 'model.onnx'),
      config: join(folder, 'model.onnx.json'),
    });
    expect(lib.installed().map((m) => m.package)).toEqual(['en_GB-test-medium']);
    expect(lib.voices().filter((v) => v.installed).map((v) => v.id)).toEqual(['piper:en_GB-test-medium']);
    expect(lib.installedFiles('piper:en_GB-test-medium').map((f) => [f.role, f.path])).toEqual([
      ['model', join(folder, 'model.onnx')],
      ['config', join(folder, 'model.onnx.json')],
    ]);
  });

  it('keeps an interrupted install out of sight of the engines, and finishes it later', async () => {
    server.serve('/m/files/test.onnx.json', { body: config, status: 404 });
    const lib = library();
    expect((await rejectionOf(lib.install('piper:en_GB-test-medium'))).code).toBe('DOWNLOAD_FAILED');
    expect(existsSync(join(modelsDir, 'piper', '.en_GB-test-medium.partial', 'model.onnx'))).toBe(true);
    expect(existsSync(join(modelsDir, 'piper', 'en_GB-test-medium'))).toBe(false);
    expect(new FolderModelStore(modelsDir).list('piper')).toEqual([]);
    expect(lib.installed()).toEqual([]);
    expect(lib.isInstalled('piper:en_GB-test-medium')).toBe(false);

    server.serve('/m/files/test.onnx.json', { body: config });
    await lib.install('piper:en_GB-test-medium');
    expect(lib.isInstalled('piper:en_GB-test-medium')).toBe(true);
    expect(server.requestsFor('/m/files/test.onnx')).toHaveLength(1);
  });

  it('installs the Kokoro package once for all its voices, and removes it for all of them', async () => {
    const lib = library();
    await lib.install('kokoro:bf_one');
    expect(lib.isInstalled('kokoro:bf_two')).toBe(true);
    expect(await lib.install('kokoro:bf_two')).toMatchObject({ package: 'kokoro-test', voices: ['kokoro:bf_one', 'kokoro:bf_two'] });
    expect(server.requestsFor('/m/files/kokoro.onnx')).toHaveLength(1);
    expect(new FolderModelStore(modelsDir).get('kokoro', 'kokoro-test')?.files.vocab).toBe(join(modelsDir, 'kokoro', 'kokoro-test', 'config.json'));

    lib.remove('kokoro:bf_two');
    expect(existsSync(join(modelsDir, 'kokoro', 'kokoro-test'))).toBe(false);
    expect(lib.isInstalled('kokoro:bf_one')).toBe(false);
  });

  it('refuses a voice without a published hash unless the user confirms an unverified install', async () => {
    const lib = library();
    const error = await rejectionOf(lib.install('piper:en_GB-loose-medium'));
    expect(error.code).toBe('UNVERIFIED_DOWNLOAD');
    expect(error.message).toMatch(/no published checksum/);
    expect(server.requestsFor('/m/files/loose.onnx')).toEqual([]);
    const manifest = await lib.install('piper:en_GB-loose-medium', { allowUnverified: true });
    expect(manifest.files.map((f) => [f.name, f.verified, f.sha256])).toEqual([
      ['model.onnx', false, null],
      ['model.onnx.json', false, null],
    ]);
  });

  it('cancels an install, keeping what it fetched for the next try', async () => {
    server.serve('/m/files/test.onnx', { body: model, etag: '"a"', chunkDelayMs: 10 });
    const lib = library();
    const controller = new AbortController();
    const error = await rejectionOf(
      lib.install('piper:en_GB-test-medium', { signal: controller.signal, onProgress: (p) => p.bytesDone > 40_000 && controller.abort() }),
    );
    expect(error.code).toBe('CANCELLED');
    expect(lib.isInstalled('piper:en_GB-test-medium')).toBe(false);
    expect(existsSync(join(modelsDir, 'piper', '.en_GB-test-medium.partial', 'model.onnx.part'))).toBe(true);
    await lib.install('piper:en_GB-test-medium');
    expect(server.requestsFor('/m/files/test.onnx').at(-1)?.status).toBe(206);
  });

  it('removes an unfinished download too', async () => {
    server.serve('/m/files/test.onnx.json', { body: config, status: 404 });
    const lib = library();
    await rejectionOf(lib.install('piper:en_GB-test-medium'));
    lib.remove('piper:en_GB-test-medium');
    expect(readdirSync(join(modelsDir, 'piper'))).toEqual([]);
  });

  it('leaves a model folder it did not install alone', async () => {
    const folder = join(modelsDir, 'piper', 'en_GB-test-medium');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'model.onnx'), 'hand-installed');
    const lib = library();
    expect((await rejectionOf(lib.install('piper:en_GB-test-medium'))).message).toMatch(/did not install/);
    expect(() => lib.remove('piper:en_GB-test-medium')).toThrow(/not installed by Dramatis/);
    expect(readFileSync(join(folder, 'model.onnx'), 'utf8')).toBe('hand-installed');
  });

  it('reinstalls one of its packages that lost a file', async () => {
    const lib = library();
    await lib.install('kokoro:bf_one');
    rmSync(join(modelsDir, 'kokoro', 'kokoro-test', 'voices.bin'));
    expect(lib.installed()).toEqual([]);
    await lib.install('kokoro:bf_one');
    expect(lib.installed().map((m) => m.package)).toEqual(['kokoro-test']);
  });

  it('names unknown and uninstalled voices in its errors', async () => {
    const lib = library();
    expect((await rejectionOf(lib.install('piper:nope'))).code).toBe('NOT_FOUND');
    expect(() => lib.remove('kokoro:bf_one')).toThrow(/is not installed/);
    expect(() => lib.installedFiles('kokoro:bf_one')).toThrow(/is not installed/);
  });
});
