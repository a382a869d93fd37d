import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { StudioError } from '../../../../shared/errors';
import { ZipArchive } from '../../../import/zip/zip-archive';
import { decodeNpy } from './npy';

export const KOKORO_STYLE_DIM = 256;
/** One style per input length, 0 to 509 tokens. */
export const KOKORO_STYLE_ROWS = 510;

interface VoiceSource {
  names: string[];
  read(name: string): Float32Array;
}

/**
 * A Kokoro model's voices: for each, a style vector per input length (510×256 floats). Read from a
 * NumPy `.npz` archive (kokoro-onnx's `voices-v1.0.bin`), a JSON object of nested arrays (its older
 * `voices.json`), or a folder of raw float32 `<voice>.bin` files (onnx-community).
 */
export class KokoroVoices {
  private readonly styles = new Map<string, Float32Array>();

  private constructor(
    private readonly source: VoiceSource,
    private readonly path: string,
  ) {}

  static open(path: string): KokoroVoices {
    if (!existsSync(path)) throw new StudioError('NOT_FOUND', `The Kokoro voices ${path} are missing. Reinstall the model.`);
    if (statSync(path).isDirectory()) return new KokoroVoices(folderSource(path), path);
    const bytes = readFileSync(path);
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return new KokoroVoices(npzSource(bytes, path), path);
    if (bytes[0] === 0x7b) return new KokoroVoices(jsonSource(bytes, path), path);
    throw new StudioError('CORRUPT_FILE', `The Kokoro voices ${path} are neither a NumPy archive nor JSON. Reinstall the model.`);
  }

  get names(): string[] {
    return this.source.names;
  }

  has(name: string): boolean {
    return this.source.names.includes(name);
  }

  /** The voice's styles, row `n` for `n` tokens. */
  stylesOf(name: string): Float32Array {
    let style = this.styles.get(name);
    if (!style) {
      if (!this.has(name)) throw new StudioError('NOT_FOUND', `The Kokoro model has no voice ${name}.`);
      style = this.source.read(name);
      if (style.length === 0 || style.length % KOKORO_STYLE_DIM !== 0) {
        throw new StudioError('CORRUPT_FILE', `The Kokoro voice ${name} in ${this.path} is not made of ${KOKORO_STYLE_DIM}-value styles.`);
      }
      this.styles.set(name, style);
    }
    return style;
  }
}

function folderSource(dir: string): VoiceSource {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.bin'))
    .map((f) => f.slice(0, -4))
    .sort();
  return {
    names,
    read: (name) => {
      const bytes = readFileSync(join(dir, `${name}.bin`));
      const data = new Float32Array(Math.floor(bytes.length / 4));
      new Uint8Array(data.buffer).set(bytes.subarray(0, data.length * 4));
      return data;
    },
  };
}

function npzSource(bytes: Uint8Array, path: string): VoiceSource {
  const archive = ZipArchive.open(bytes);
  const names = archive.names
    .filter((n) => n.endsWith('.npy'))
    .map((n) => n.slice(0, -4))
    .sort();
  return {
    names,
    read: (name) => {
      const entry = archive.read(`${name}.npy`);
      if (!entry) throw new StudioError('NOT_FOUND', `The Kokoro model has no voice ${name}.`);
      return decodeNpy(entry, `${path}:${name}`).data;
    },
  };
}

function jsonSource(bytes: Uint8Array, path: string): VoiceSource {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new StudioError('CORRUPT_FILE', `The Kokoro voices ${path} are not readable JSON. Reinstall the model.`);
  }
  const voices = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  return {
    names: Object.keys(voices).sort(),
    read: (name) => Float32Array.from((voices[name] as unknown[] | undefined)?.flat(3) as number[]),
  };
}
