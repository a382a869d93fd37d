/**
 * Encodes a file's blocks, each once: a block's hash covers its samples and everything the encode
 * does to them (gain, limiter ceiling, room tone, codec), and a block already in the cache is used
 * as it is. A new block is written out, encoded with the same graph as a whole file (gain, resampling,
 * limiter, room tone) and stored.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeGraph } from '../audio-graph';
import { OUTPUT_RATE, rawInputArgs } from '../encode-inputs';
import { cancelled, runFfmpeg } from '../ffmpeg-process';
import { measureAudio, type MeterReading } from '../measure-audio';
import type { RoomTone } from '../render-plan';
import type { BlockCodec } from './block-codec';
import type { BlockCache, BlockInfo, CachedBlock } from './block-cache';
import { readPcmBlock, type PcmBlock } from './pcm-blocks';

export interface BlockedPart {
  /** Raw f32le mono at `sampleRate`. */
  path: string;
  sampleRate: number;
  blocks: PcmBlock[];
  gainDb: number;
  ceilingDb: number;
}

export interface EncodedBlock extends CachedBlock {
  /** The block's sample range in the assembled part. */
  start: number;
  end: number;
  /** The hash of the assembled samples it was encoded from. */
  pcmHash: string;
}

export interface BlockEncodeOptions {
  ffmpegPath: string;
  cache: BlockCache;
  roomTone: RoomTone;
  workDir: string;
  signal?: AbortSignal;
  /** Runs FFmpeg with bounded concurrency. */
  limit: <T>(task: () => Promise<T>) => Promise<T>;
  /** Called for every block encoded now (not taken from the cache). */
  onEncoded?: (block: PcmBlock, codec: BlockCodec) => void;
}

const BLOCK_FORMAT_VERSION = 1;

export function blockHash(part: Pick<BlockedPart, 'sampleRate' | 'gainDb' | 'ceilingDb'>, block: PcmBlock, codec: BlockCodec, roomTone: RoomTone): string {
  const material = [BLOCK_FORMAT_VERSION, block.pcmHash, part.sampleRate, part.gainDb.toFixed(4), part.ceilingDb.toFixed(4), codec.id, codec.bitrateKbps, OUTPUT_RATE, roomTone];
  return createHash('sha256').update(JSON.stringify(material)).digest('hex');
}

export async function encodePartBlocks(part: BlockedPart, codec: BlockCodec, options: BlockEncodeOptions): Promise<EncodedBlock[]> {
  return Promise.all(
    part.blocks.map(async (block) => {
      const hash = blockHash(part, block, codec, options.roomTone);
      const cached = options.cache.read(hash, codec);
      if (cached) return { ...cached, start: block.start, end: block.end, pcmHash: block.pcmHash };
      const stored = await options.limit(async () => {
        if (options.signal?.aborted) throw cancelled();
        return options.cache.store(hash, codec, (temp) => encodeBlock(part, block, codec, temp, options));
      });
      options.onEncoded?.(block, codec);
      return { ...stored, start: block.start, end: block.end, pcmHash: block.pcmHash };
    }),
  );
}

async function encodeBlock(part: BlockedPart, block: PcmBlock, codec: BlockCodec, outPath: string, options: BlockEncodeOptions): Promise<BlockInfo> {
  const pcmPath = join(options.workDir, `block-${block.pcmHash}-${codec.id}.f32`);
  try {
    await writeFile(pcmPath, await readPcmBlock(part.path, block));
    const graph = encodeGraph([{ index: 0, gainDb: part.gainDb }], { outputRate: OUTPUT_RATE, ceilingDb: part.ceilingDb, roomTone: options.roomTone });
    const args = ['-loglevel', 'error', ...rawInputArgs({ path: pcmPath, sampleRate: part.sampleRate }), '-filter_complex', graph, '-map', '[out]', ...codec.encodeArgs, '-ar', String(OUTPUT_RATE), outPath];
    await runFfmpeg(options.ffmpegPath, args, { task: 'encoding a block of audio', signal: options.signal });
  } finally {
    await rm(pcmPath, { force: true });
  }
  return { decodedSamples: codec.decodedSamples(await readFile(outPath)), reading: null };
}

/**
 * The pre-flight readings of encoded blocks: each block decoded and measured (FFmpeg's meters, as a
 * whole file is measured) the first time a pre-flight needs it, and kept in the cache.
 */
export async function measuredBlocks(blocks: readonly EncodedBlock[], codec: BlockCodec, options: Pick<BlockEncodeOptions, 'ffmpegPath' | 'cache' | 'signal' | 'limit'>): Promise<MeterReading[]> {
  return Promise.all(
    blocks.map(async (block) => {
      if (block.reading) return block.reading;
      return options.limit(async () => {
        if (options.signal?.aborted) throw cancelled();
        const reading = await measureAudio(options.ffmpegPath, { kind: 'file', path: block.path, sampleRate: OUTPUT_RATE }, { detail: true, loudness: true, frames: true, signal: options.signal });
        options.cache.storeReading(block, codec, reading);
        return reading;
      });
    }),
  );
}
