import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tools, toolsSkipReason } from '../testing/tools';
import { scanMp3Frames } from './mp3-frames';

describe.skipIf(!tools)(`scanMp3Frames on MP3s LAME wrote${toolsSkipReason}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-mp3-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const encode = (name: string, args: string[]): Uint8Array => {
    const path = join(dir, name);
    const run = spawnSync(tools!.ffmpegPath, ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'anoisesrc=d=3:a=0.2:r=44100,volume=0.5', ...args, path]);
    expect(run.status).toBe(0);
    return readFileSync(path);
  };

  it('sees every frame of a 192 kbps CBR mono file at 192, behind its ID3 tag and LAME Info header', () => {
    const summary = scanMp3Frames(encode('cbr.mp3', ['-ac', '1', '-c:a', 'libmp3lame', '-b:a', '192k', '-metadata', 'title=x', '-id3v2_version', '3']))!;
    expect(summary).toMatchObject({ bitratesKbps: [192], sampleRate: 44100, channels: 1, header: 'Info', constantBitrate: true });
    // 3 s of 1152-sample frames at 44.1 kHz, plus the encoder's priming and padding frames.
    expect(summary.frames).toBeGreaterThanOrEqual(115);
    expect(summary.frames).toBeLessThan(120);
  });

  it('calls a VBR file what it is', () => {
    const summary = scanMp3Frames(encode('vbr.mp3', ['-ac', '2', '-c:a', 'libmp3lame', '-q:a', '6']))!;
    expect(summary.header).toBe('Xing');
    expect(summary.channels).toBe(2);
    expect(summary.constantBitrate).toBe(false);
  });

  it('finds no frames in what is not an MP3', () => {
    expect(scanMp3Frames(new TextEncoder().encode('ID3 but not really an mp3 file at all'))).toBeNull();
  });
});
