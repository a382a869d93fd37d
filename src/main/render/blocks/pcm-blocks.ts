/**
 * An assembled file's audio read block by block: each block's content hash (of its samples) and its
 * energy, from which the file's RMS is summed exactly, whatever blocks came from a cache.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { cancelled } from '../ffmpeg-process';
import type { BlockRange } from './split-blocks';

export interface PcmBlock extends BlockRange {
  /** sha256 of the block's raw float32 samples. */
  pcmHash: string;
  /** Σx² over the block, in double precision. */
  sumSquares: number;
}

export async function readPcmBlock(path: string, range: BlockRange): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const bytes = (range.end - range.start) * 4;
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, range.start * 4);
    // Samples past the end of what was written are the room tone's silence.
    buffer.fill(0, bytesRead);
    return buffer;
  } finally {
    await handle.close();
  }
}

export async function hashPcmBlocks(path: string, ranges: readonly BlockRange[], signal?: AbortSignal): Promise<PcmBlock[]> {
  const blocks: PcmBlock[] = [];
  for (const range of ranges) {
    if (signal?.aborted) throw cancelled();
    const buffer = await readPcmBlock(path, range);
    const samples = new Float32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / 4);
    let sumSquares = 0;
    for (let i = 0; i < samples.length; i++) sumSquares += samples[i]! * samples[i]!;
    blocks.push({ ...range, pcmHash: createHash('sha256').update(buffer).digest('hex'), sumSquares });
  }
  return blocks;
}

/** dB RMS of blocks taken together: 10·log10(Σx² / n). */
export function rmsOfBlocks(blocks: readonly PcmBlock[]): number {
  const samples = blocks.reduce((n, b) => n + b.end - b.start, 0);
  const energy = blocks.reduce((sum, b) => sum + b.sumSquares, 0);
  return samples === 0 || energy === 0 ? Number.NEGATIVE_INFINITY : 10 * Math.log10(energy / samples);
}
