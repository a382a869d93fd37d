import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_CODECS } from '../../render/blocks/block-codec';
import { BlockCache } from '../../render/blocks/block-cache';
import { tempDir } from '../testing/render-fixture';
import { sweepTemps, TEMP_SAFE_AGE_MS } from './sweep-temps';

const HASH = 'ab'.repeat(32);

function plant(dir: string, name: string, ageMs = 0): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, 'left over');
  const when = new Date(Date.now() - ageMs);
  utimesSync(path, when, when);
  return path;
}

describe('sweeping temporary files from the audio cache', () => {
  it('removes stale ones and those of ended processes, keeps fresh ones, finished files and files a running job is writing', async () => {
    const cacheDir = join(tempDir('sweep'), 'book.dramatis.audio');
    const lines = join(cacheDir, 'ab');
    const blocks = join(cacheDir, 'blocks', 'ab');
    const oldLine = plant(lines, `${HASH}.wav.0123456789ab.tmp`, TEMP_SAFE_AGE_MS + 60_000);
    const freshLine = plant(lines, `${HASH}.json.0123456789ab.tmp`);
    const finishedLine = plant(lines, `${HASH}.wav`, TEMP_SAFE_AGE_MS * 10);
    const oldBlock = plant(blocks, `${HASH}.aac.0123456789.partial.aac`, TEMP_SAFE_AGE_MS + 60_000);
    // Process ids stop below 2^22 on Linux: no process owns this one.
    const deadOwner = plant(blocks, `${HASH}.mp3.4194305-0123456789.partial.mp3`);
    const ownOrphan = plant(blocks, `${HASH}.mp3.${process.pid}-aaaaaaaaaa.partial.mp3`);
    const finishedBlock = plant(blocks, `${HASH}.aac`, TEMP_SAFE_AGE_MS * 10);

    // A block being encoded by a job of this process, swept in the middle of its encode.
    const cache = new BlockCache(join(cacheDir, 'blocks'));
    let during: { running: boolean; freed: number } | null = null;
    await cache.store('cd'.repeat(32), BLOCK_CODECS.mp3, async (temp) => {
      writeFileSync(temp, 'encoding');
      const freed = sweepTemps(cacheDir).files;
      during = { running: existsSync(temp), freed };
      return { decodedSamples: 1152, reading: null };
    });

    expect(during, 'the running encode keeps its file').toEqual({ running: true, freed: 4 });
    for (const gone of [oldLine, oldBlock, deadOwner, ownOrphan]) expect(existsSync(gone), gone).toBe(false);
    for (const kept of [freshLine, finishedLine, finishedBlock]) expect(existsSync(kept), kept).toBe(true);
    expect(existsSync(cache.audioPath('cd'.repeat(32), BLOCK_CODECS.mp3))).toBe(true);
    expect(sweepTemps(cacheDir, Date.now() + TEMP_SAFE_AGE_MS + 60_000)).toEqual({ files: 1, bytes: 'left over'.length });
    expect(existsSync(freshLine)).toBe(false);
  });

  it('finds nothing to do in a cache that does not exist yet', () => {
    expect(sweepTemps(join(tempDir('sweep-none'), 'missing.audio'))).toEqual({ files: 0, bytes: 0 });
  });
});
