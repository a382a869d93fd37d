/**
 * Encoded blocks by content address, in the project's audio cache beside the lines:
 * `<dir>/<first two hex digits>/<sha256>.<aac|mp3>` with its decoded length and meter reading beside
 * it as `<sha256>.json`. The audio is encoded under a temporary name and renamed into place after its
 * length is recorded (its pre-flight reading is added when first measured), so a block that exists
 * is complete: a kill or a failed encode leaves at most a `.partial` file that no lookup ever reads
 * (named by its process, see `temp-files.ts`, and swept when a render starts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../settings/atomic-write';
import type { MeterReading } from '../measure-audio';
import { holdTemp, ownedTempPath } from '../temp-files';
import type { BlockCodec } from './block-codec';

export interface BlockInfo {
  /** Samples the block decodes to at the output rate, the encoder delay included. */
  decodedSamples: number;
  /** The decoded block measured as the pre-flight measures a file; null until a pre-flight needed it. */
  reading: MeterReading | null;
}

export interface CachedBlock extends BlockInfo {
  hash: string;
  path: string;
}

const KEY = /^[0-9a-f]{64}$/;

export class BlockCache {
  constructor(readonly dir: string) {}

  audioPath(hash: string, codec: BlockCodec): string {
    if (!KEY.test(hash)) throw new Error(`not a block hash: ${hash}`);
    return join(this.dir, hash.slice(0, 2), `${hash}.${codec.extension}`);
  }

  read(hash: string, codec: BlockCodec): CachedBlock | null {
    const path = this.audioPath(hash, codec);
    if (!existsSync(path)) return null;
    try {
      const info = JSON.parse(readFileSync(infoPath(path), 'utf8')) as BlockInfo;
      if (typeof info.decodedSamples !== 'number') return null;
      return { decodedSamples: info.decodedSamples, reading: typeof info.reading?.samples === 'number' ? info.reading : null, hash, path };
    } catch {
      return null;
    }
  }

  /** The momentary loudness (ebur128, every 100 ms) of a block's assembled samples, when measured before. */
  readPcmLoudness(pcmHash: string, sampleRate: number): number[] | null {
    try {
      const values: unknown = JSON.parse(readFileSync(this.loudnessPath(pcmHash, sampleRate), 'utf8'));
      return Array.isArray(values) && values.every((v) => typeof v === 'number' || v === null) ? values.map((v: number | null) => v ?? Number.NEGATIVE_INFINITY) : null;
    } catch {
      return null;
    }
  }

  storePcmLoudness(pcmHash: string, sampleRate: number, momentary: readonly number[]): void {
    writeFileAtomic(this.loudnessPath(pcmHash, sampleRate), JSON.stringify(momentary.map((m) => (Number.isFinite(m) ? m : null))));
  }

  private loudnessPath(pcmHash: string, sampleRate: number): string {
    if (!KEY.test(pcmHash)) throw new Error(`not a block hash: ${pcmHash}`);
    return join(this.dir, pcmHash.slice(0, 2), `${pcmHash}.${sampleRate}.loudness.json`);
  }

  /** Adds the pre-flight reading of a stored block. */
  storeReading(block: CachedBlock, codec: BlockCodec, reading: MeterReading): void {
    const info: BlockInfo = { decodedSamples: block.decodedSamples, reading };
    writeFileAtomic(infoPath(this.audioPath(block.hash, codec)), JSON.stringify(info));
  }

  /** Makes the block under a temporary name with `make` (which encodes it), then stores it. */
  async store(hash: string, codec: BlockCodec, make: (tempPath: string) => Promise<BlockInfo>): Promise<CachedBlock> {
    const path = this.audioPath(hash, codec);
    await mkdir(join(this.dir, hash.slice(0, 2)), { recursive: true });
    const temp = ownedTempPath(path, codec.extension);
    const release = holdTemp(temp);
    try {
      const info = await make(temp);
      writeFileAtomic(infoPath(path), JSON.stringify(info));
      await rename(temp, path);
      return { ...info, hash, path };
    } finally {
      await rm(temp, { force: true });
      release();
    }
  }
}

function infoPath(audioPath: string): string {
  return audioPath.replace(/\.[a-z0-9]+$/, '.json');
}
