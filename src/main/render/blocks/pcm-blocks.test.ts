import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureAudio } from '../measure-audio';
import { tools, toolsSkipReason } from '../testing/tools';
import { hashPcmBlocks, rmsOfBlocks } from './pcm-blocks';

function pcm(samples: number[] | Float32Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dramatis-pcm-blocks-')), 'part.f32');
  const data = Float32Array.from(samples);
  writeFileSync(path, Buffer.from(data.buffer));
  return path;
}

describe('the RMS of assembled PCM summed over its blocks', () => {
  it('is 20·log10 of the root mean square, and the same block has the same hash wherever it lies', async () => {
    const path = pcm([0.5, -0.5, 0.5, -0.5, 0.25, 0.25, 0.5, -0.5, 0.5, -0.5]);
    const blocks = await hashPcmBlocks(path, [
      { start: 0, end: 4 },
      { start: 4, end: 6 },
      { start: 6, end: 10 },
    ]);
    expect(rmsOfBlocks([blocks[0]!])).toBeCloseTo(20 * Math.log10(0.5), 10);
    expect(rmsOfBlocks(blocks)).toBeCloseTo(10 * Math.log10((8 * 0.25 + 2 * 0.0625) / 10), 10);
    expect(blocks[2]!.pcmHash).toBe(blocks[0]!.pcmHash);
    expect(blocks[1]!.pcmHash).not.toBe(blocks[0]!.pcmHash);
    expect(rmsOfBlocks([])).toBe(-Infinity);
  });

  it.skipIf(!tools)(`agrees with FFmpeg's astats over the whole file${toolsSkipReason}`, async () => {
    const samples = new Float32Array(3_000_001);
    for (let i = 0; i < samples.length; i++) samples[i] = 0.3 * Math.sin(i / 7) * (i % 5000 < 2500 ? 1 : 0.1);
    const path = pcm(samples);
    const reading = await measureAudio(tools!.ffmpegPath, { kind: 'f32le', path, sampleRate: 22050 }, { detail: false, loudness: false });
    const ranges = [0, 1_000_000, 1_700_000, 3_000_001].slice(1).map((end, i, ends) => ({ start: i === 0 ? 0 : ends[i - 1]!, end }));
    expect(rmsOfBlocks(await hashPcmBlocks(path, ranges))).toBeCloseTo(reading.rmsDb, 2);
  });
});
