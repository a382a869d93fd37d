import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_RATE } from '../encode-inputs';
import { AAC_OVERSHOOT_DB } from '../export-m4b';
import { LIMITER_CEILING_DB } from '../loudness';
import { measureAudio } from '../measure-audio';
import { speechLike } from '../testing/speech-like';
import { tools, toolsSkipReason } from '../testing/tools';
import { BLOCK_CODECS } from './block-codec';
import { BlockCache } from './block-cache';
import { encodePartBlocks } from './encode-blocks';
import { hashPcmBlocks } from './pcm-blocks';
import { LOUDNESS_TARGETS } from '../../../shared/render';

const RATE = 22050;

describe.skipIf(!tools)(`the M4B's AAC headroom${toolsSkipReason}`, () => {
  it('keeps true peaks of the encoded AAC under the LUFS targets, where the limiter alone would not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dramatis-aac-headroom-'));
    // Loud speech-like audio with shouts, pushed well into the limiter by the gain.
    const pcm = speechLike({ sampleRate: RATE, soundSeconds: 20, padSeconds: 0.5, rmsDb: -12, pitch: 330, accentDb: 14 });
    const path = join(dir, 'loud.f32');
    writeFileSync(path, Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength));
    const blocks = await hashPcmBlocks(path, [{ start: 0, end: pcm.length }]);
    const truePeak = async (ceilingDb: number): Promise<number> => {
      const [block] = await encodePartBlocks({ path, sampleRate: RATE, blocks, gainDb: 6, ceilingDb }, BLOCK_CODECS.aac, {
        ffmpegPath: tools!.ffmpegPath,
        cache: new BlockCache(join(dir, `cache${ceilingDb}`)),
        roomTone: { kind: 'noise', levelDb: -70 },
        workDir: dir,
        limit: (task) => task(),
      });
      const reading = await measureAudio(tools!.ffmpegPath, { kind: 'file', path: block!.path, sampleRate: OUTPUT_RATE }, { detail: true, loudness: true });
      return reading.ebur128!.truePeakDb!;
    };
    const limit = LOUDNESS_TARGETS['ebu-r128'].peakMax;
    const withHeadroom = await truePeak(LIMITER_CEILING_DB['ebu-r128'] - AAC_OVERSHOOT_DB);
    expect(withHeadroom).toBeLessThanOrEqual(limit);
    // Without it the encoder's overshoot crosses the line: the headroom is what keeps the target.
    const without = await truePeak(LIMITER_CEILING_DB['ebu-r128']);
    expect(without).toBeGreaterThan(limit);
  });
});
