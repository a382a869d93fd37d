import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureAudio } from '../render/measure-audio';
import { rmsOfPcmFile } from './pcm-rms';
import { resolveFfmpeg } from '../media/resolve-ffmpeg';
import { ffmpegSkipReason, hasFfmpeg, tempDir } from './testing/render-fixture';

function pcm(samples: number[] | Float32Array): string {
  const path = join(tempDir('pcm-rms'), 'part.f32');
  const data = Float32Array.from(samples);
  writeFileSync(path, Buffer.from(data.buffer));
  return path;
}

describe('the RMS of assembled PCM', () => {
  it('is 20·log10 of the root mean square', async () => {
    expect(await rmsOfPcmFile(pcm([0.5, -0.5, 0.5, -0.5]))).toBeCloseTo(20 * Math.log10(0.5), 10);
    expect(await rmsOfPcmFile(pcm([]))).toBe(-Infinity);
  });

  it.skipIf(!hasFfmpeg)(`agrees with FFmpeg's astats over several read chunks${hasFfmpeg ? '' : ` (skipped: ${ffmpegSkipReason})`}`, async () => {
    const samples = new Float32Array(3_000_001);
    for (let i = 0; i < samples.length; i++) samples[i] = 0.3 * Math.sin(i / 7) * (i % 5000 < 2500 ? 1 : 0.1);
    const path = pcm(samples);
    const ffmpegPath = resolveFfmpeg(undefined)!.path;
    const reading = await measureAudio(ffmpegPath, { kind: 'f32le', path, sampleRate: 22050 }, { detail: false, loudness: false });
    expect(await rmsOfPcmFile(path)).toBeCloseTo(reading.rmsDb, 2);
  });
});
