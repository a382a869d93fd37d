/** The momentary loudness of one block of assembled samples, measured by FFmpeg's ebur128 once and cached. */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { measureAudio } from '../measure-audio';
import type { BlockCache } from './block-cache';
import { readPcmBlock, type PcmBlock } from './pcm-blocks';

export interface PcmLoudnessOptions {
  ffmpegPath: string;
  cache: BlockCache;
  workDir: string;
  signal?: AbortSignal;
  limit: <T>(task: () => Promise<T>) => Promise<T>;
}

export async function pcmBlockLoudness(path: string, block: PcmBlock, sampleRate: number, options: PcmLoudnessOptions): Promise<number[]> {
  const cached = options.cache.readPcmLoudness(block.pcmHash, sampleRate);
  if (cached) return cached;
  return options.limit(async () => {
    const pcmPath = join(options.workDir, `loudness-${block.pcmHash}.f32`);
    try {
      await writeFile(pcmPath, await readPcmBlock(path, block));
      const reading = await measureAudio(options.ffmpegPath, { kind: 'f32le', path: pcmPath, sampleRate }, { detail: false, loudness: true, frames: true, signal: options.signal });
      const momentary = reading.frames?.momentary ?? [];
      options.cache.storePcmLoudness(block.pcmHash, sampleRate, momentary);
      return momentary;
    } finally {
      await rm(pcmPath, { force: true });
    }
  });
}
