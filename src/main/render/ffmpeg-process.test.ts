import { describe, expect, it } from 'vitest';
import { runFfmpeg } from './ffmpeg-process';
import { tools, toolsSkipReason } from './testing/tools';

describe.skipIf(!tools)(`running FFmpeg${toolsSkipReason}`, () => {
  const ffmpeg = tools?.ffmpegPath ?? '';

  it('reports progress from -progress pipe:1 and ends with a final report', async () => {
    const seen: number[] = [];
    let done = false;
    await runFfmpeg(ffmpeg, ['-f', 'lavfi', '-i', 'sine=d=20:r=8000', '-stats_period', '0.05', '-f', 'null', '-'], {
      task: 'testing',
      onProgress: (p) => {
        if (p.outTimeSeconds !== null) seen.push(p.outTimeSeconds);
        done ||= p.done;
      },
    });
    expect(done).toBe(true);
    expect(seen.at(-1)).toBeCloseTo(20, 0);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('kills FFmpeg when the signal aborts and rejects with CANCELLED', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const run = runFfmpeg(ffmpeg, ['-re', '-f', 'lavfi', '-i', 'sine=d=60', '-f', 'null', '-'], { task: 'testing', signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("fails with RENDER_FAILED and the end of FFmpeg's own message", async () => {
    await expect(runFfmpeg(ffmpeg, ['-i', '/nonexistent/input.wav', '-f', 'null', '-'], { task: 'reading a test file' })).rejects.toMatchObject({
      code: 'RENDER_FAILED',
      message: expect.stringMatching(/reading a test file.*No such file or directory/),
    });
  });

  it('says FFMPEG_MISSING when the executable is not there', async () => {
    await expect(runFfmpeg('/nonexistent/ffmpeg', ['-version'], { task: 'testing' })).rejects.toMatchObject({ code: 'FFMPEG_MISSING' });
  });
});
