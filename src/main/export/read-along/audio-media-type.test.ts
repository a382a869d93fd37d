import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { audioKindOf, readAudioKind } from './audio-media-type';
import { ffmpegSkipReason, hasFfmpeg, makeTone } from './testing/corpus-plan';

const dir = mkdtempSync(join(tmpdir(), 'dramatis-audio-kind-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('audioKindOf', () => {
  it('knows MP3 by its ID3 tag or frame sync, and MP4 by its ftyp box', () => {
    expect(audioKindOf(Buffer.from('ID3\x04\x00', 'latin1'))?.mediaType).toBe('audio/mpeg');
    expect(audioKindOf(Buffer.from([0xff, 0xfb, 0x90, 0x64]))?.mediaType).toBe('audio/mpeg');
    expect(audioKindOf(Buffer.from('\x00\x00\x00\x20ftypM4A ', 'latin1'))).toEqual({ mediaType: 'audio/mp4', extension: 'm4a' });
  });

  it('refuses raw AAC (ADTS), WAV and anything else', () => {
    expect(audioKindOf(Buffer.from([0xff, 0xf1, 0x50, 0x80]))).toBeNull();
    expect(audioKindOf(Buffer.from('RIFF\x24\x00\x00\x00WAVE', 'latin1'))).toBeNull();
    expect(audioKindOf(new Uint8Array(0))).toBeNull();
  });
});

describe.skipIf(!hasFfmpeg)(`readAudioKind on files FFmpeg made${hasFfmpeg ? '' : ` (skipped: ${ffmpegSkipReason})`}`, () => {
  it('reads MP3 and M4A, and refuses an ADTS stream', async () => {
    expect((await readAudioKind(makeTone(dir, 'mp3'))).mediaType).toBe('audio/mpeg');
    expect((await readAudioKind(makeTone(dir, 'm4a'))).mediaType).toBe('audio/mp4');
    const adts = join(dir, 'raw.aac');
    writeFileSync(adts, Buffer.from([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc]));
    await expect(readAudioKind(adts)).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
  });
});
