import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WordTiming } from '../../../shared/voices';
import { writeFileAtomic } from '../../settings/atomic-write';
import { encodeWavFloat32 } from '../../render/wav';

/** What the cache knows of a stored line besides its audio. */
export interface CachedAudioInfo {
  sampleRate: number;
  /** Length in samples. */
  samples: number;
  words?: WordTiming[];
}

export interface CachedAudio extends CachedAudioInfo {
  /** The WAV file (mono, 32-bit float: the engines' samples as they are, and what assembly reads fastest). */
  path: string;
  durationSeconds: number;
}

const KEY = /^[0-9a-f]{64}$/;

/** The cache folder of a project: `<project file>.audio` beside it. */
export function audioCacheDir(projectPath: string): string {
  return `${projectPath}.audio`;
}

/**
 * Synthesised lines by content address: `<dir>/<first two hex digits>/<sha256>.wav`, with the
 * timings beside it as `<sha256>.json`. Both are written under temporary names and renamed into
 * place, the WAV last, so a WAV that exists is complete and a kill never leaves half a file.
 */
export class AudioCache {
  constructor(readonly dir: string) {}

  wavPath(key: string): string {
    if (!KEY.test(key)) throw new Error(`not a cache key: ${key}`);
    return join(this.dir, key.slice(0, 2), `${key}.wav`);
  }

  has(key: string): boolean {
    return existsSync(this.wavPath(key));
  }

  /** The stored line, or null when it is not in the cache (or its timings are unreadable). */
  read(key: string): CachedAudio | null {
    const path = this.wavPath(key);
    if (!existsSync(path)) return null;
    const info = this.readInfo(key);
    if (!info) return null;
    return { ...info, path, durationSeconds: info.samples / info.sampleRate };
  }

  write(key: string, samples: Float32Array, sampleRate: number, words?: WordTiming[]): CachedAudio {
    const path = this.wavPath(key);
    const info: CachedAudioInfo = { sampleRate, samples: samples.length, ...(words ? { words } : {}) };
    writeFileAtomic(infoPath(path), JSON.stringify(info));
    writeFileAtomic(path, encodeWavFloat32(samples, sampleRate));
    return { ...info, path, durationSeconds: samples.length / sampleRate };
  }

  private readInfo(key: string): CachedAudioInfo | null {
    try {
      const parsed: unknown = JSON.parse(readFileSync(infoPath(this.wavPath(key)), 'utf8'));
      return isInfo(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }
}

function infoPath(wavPath: string): string {
  return wavPath.replace(/\.wav$/, '.json');
}

function isInfo(value: unknown): value is CachedAudioInfo {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.sampleRate === 'number' &&
    v.sampleRate > 0 &&
    typeof v.samples === 'number' &&
    v.samples >= 0 &&
    (v.words === undefined || Array.isArray(v.words))
  );
}
