import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_RATE } from '../encode-inputs';
import { preflightFile, preflightJoinedFile } from '../preflight';
import { probeMedia } from '../probe-media';
import { DEFAULT_ROOM_TONE, type BookMetadata } from '../render-plan';
import { tools, toolsSkipReason } from '../testing/tools';
import { BLOCK_CODECS, type BlockCodec } from './block-codec';
import { BlockCache } from './block-cache';
import { joinedSeconds, placeBlocks, retimeSegments } from './block-timing';
import { combineReadings } from './combine-readings';
import { encodePartBlocks, measuredBlocks } from './encode-blocks';
import { joinM4b, joinMp3 } from './join-blocks';
import { hashPcmBlocks } from './pcm-blocks';
import { splitBlocks, type BlockSegment, type BlockSizes } from './split-blocks';

const RATE = 22050;
const SIZES: BlockSizes = { minSeconds: 3, maxSeconds: 8, anchorEvery: 2 };
const PAUSE = 0.8;
const book: BookMetadata = { title: 'Blocks', author: 'Tester', narrator: 'Dramatis', genre: 'Audiobook', cover: null };

/** A part of tone bursts (the "lines") with pauses between them, as raw f32 PCM, and where each burst lies. */
function makePart(dir: string, name: string, lengths: number[], frequencyOf: (i: number) => number = () => 440) {
  const segments: BlockSegment[] = [];
  let at = 0.75;
  for (const [i, seconds] of lengths.entries()) {
    segments.push({ id: `s${i}`, start: at, end: at + seconds, paragraphStart: i % 2 === 0 });
    at += seconds + PAUSE;
  }
  const total = Math.round((at - PAUSE + 2.5) * RATE);
  const pcm = new Float32Array(total);
  segments.forEach((s, i) => {
    const first = Math.round(s.start * RATE);
    const last = Math.round(s.end * RATE);
    for (let n = first; n < last; n++) {
      const fade = Math.min(1, (n - first) / 100, (last - n) / 100);
      pcm[n] = 0.25 * fade * Math.sin((2 * Math.PI * frequencyOf(i) * (n - first)) / RATE);
    }
  });
  const path = join(dir, `${name}.f32`);
  writeFileSync(path, Buffer.from(pcm.buffer));
  return { path, segments, samples: total };
}

function decode(path: string): Float32Array {
  const out = execFileSync(tools!.ffmpegPath, ['-v', 'error', '-i', path, '-f', 'f32le', '-ac', '1', '-ar', String(OUTPUT_RATE), '-'], { maxBuffer: 1 << 28 });
  return new Float32Array(out.buffer, out.byteOffset, out.byteLength / 4);
}

/** Where each burst starts in decoded audio: the first loud sample after the previous burst ended. */
function onsets(samples: Float32Array, count: number): number[] {
  const found: number[] = [];
  let n = 0;
  while (found.length < count && n < samples.length) {
    if (Math.abs(samples[n]!) > 0.05) {
      found.push(n / OUTPUT_RATE);
      n += Math.round(0.5 * OUTPUT_RATE);
      let quiet = 0;
      for (; n < samples.length && quiet < 400; n++) quiet = Math.abs(samples[n]!) > 0.01 ? 0 : quiet + 1;
    } else n++;
  }
  return found;
}

const lengths = [1.6, 2.1, 1.2, 2.4, 1.8, 1.1, 2.2, 1.5, 1.9, 1.3, 2.0, 1.7];

describe('splitting a file into blocks', () => {
  it('cuts only in the middle of pauses, before a paragraph or past the longest block', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dramatis-blocks-'));
    const part = makePart(dir, 'p', lengths);
    const blocks = splitBlocks(part.segments, part.samples, RATE, SIZES);
    expect(blocks.length).toBeGreaterThan(2);
    expect(blocks[0]!.start).toBe(0);
    expect(blocks.at(-1)!.end).toBe(part.samples);
    for (const [i, b] of blocks.entries()) {
      if (i > 0) expect(b.start).toBe(blocks[i - 1]!.end);
      const cut = b.start / RATE;
      if (i > 0) expect(part.segments.some((s) => s.start < cut && cut < s.end), `cut at ${cut} s is inside a line`).toBe(false);
    }
  });

  it('after one line changes length, keeps every other block as it was (relative to its lines)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dramatis-blocks-'));
    const before = makePart(dir, 'a', lengths);
    const edited = lengths.map((l, i) => (i === 6 ? l + 0.9 : l));
    const after = makePart(dir, 'b', edited);
    const describe = (part: ReturnType<typeof makePart>) =>
      splitBlocks(part.segments, part.samples, RATE, SIZES).map((b) => part.segments.filter((s) => s.start * RATE >= b.start && s.end * RATE <= b.end).map((s) => s.id).join(','));
    expect(describe(after)).toEqual(describe(before));
    const sizes = (part: ReturnType<typeof makePart>) => splitBlocks(part.segments, part.samples, RATE, SIZES).map((b) => b.end - b.start);
    const changed = sizes(before).filter((size, i) => size !== sizes(after)[i]);
    expect(changed).toHaveLength(1);
  });
});

describe.skipIf(!tools)(`blocks encoded once and joined${toolsSkipReason}`, () => {
  async function encodeAll(dir: string, cache: BlockCache, part: ReturnType<typeof makePart>, codec: BlockCodec, counted: string[]) {
    const ranges = splitBlocks(part.segments, part.samples, RATE, SIZES);
    const blocks = await hashPcmBlocks(part.path, ranges);
    const encoded = await encodePartBlocks({ path: part.path, sampleRate: RATE, blocks, gainDb: 0, ceilingDb: -3.6 }, codec, {
      ffmpegPath: tools!.ffmpegPath,
      cache,
      roomTone: DEFAULT_ROOM_TONE,
      workDir: dir,
      limit: (task) => task(),
      onEncoded: (block) => counted.push(block.pcmHash),
    });
    return { ranges, encoded };
  }

  it('joins MP3 and AAC blocks whose length, chapter marks and caption times match the lines within a frame, without clicks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dramatis-blocks-'));
    const cache = new BlockCache(join(dir, 'cache'));
    const part = makePart(dir, 'chapter', lengths);
    for (const codec of [BLOCK_CODECS.mp3, BLOCK_CODECS.aac]) {
      const { encoded } = await encodeAll(dir, cache, part, codec, []);
      expect(encoded.length).toBeGreaterThan(2);
      const out = join(dir, `joined.${codec.id === 'mp3' ? 'mp3' : 'm4b'}`);
      const placed = placeBlocks(encoded);
      const seconds = joinedSeconds(placed);
      if (codec.id === 'mp3') await joinMp3({ ffmpegPath: tools!.ffmpegPath, book, blocks: encoded, coverPath: null, workDir: dir, name: 'mp3', outPath: out, title: 'One', track: 1, totalTracks: 1 });
      else {
        const chapters = [
          { title: 'One', startSeconds: 0, endSeconds: seconds },
          { title: 'Again', startSeconds: seconds, endSeconds: 2 * seconds },
        ];
        await joinM4b({ ffmpegPath: tools!.ffmpegPath, book, blocks: [...encoded, ...encoded], chapters, coverPath: null, workDir: dir, name: 'm4b', outPath: out });
        const probe = await probeMedia(tools!.ffprobePath, out);
        expect(probe.chapters.map((c) => c.title)).toEqual(['One', 'Again']);
        const decodedTwice = decode(out);
        expect(Math.abs(decodedTwice.length / OUTPUT_RATE - 2 * seconds)).toBeLessThan(1024 / OUTPUT_RATE);
        // The second chapter's first line starts where its mark plus the retimed line says.
        const second = onsets(decodedTwice.subarray(Math.round(seconds * OUTPUT_RATE)), 1)[0]!;
        const expected = retimeSegments(part.segments.map((s) => ({ ...s, text: '', kind: 'narration' as const })), placed, codec, RATE)[0]!.start;
        expect(Math.abs(second - expected)).toBeLessThan(1024 / OUTPUT_RATE);
      }
      const frame = (codec.id === 'mp3' ? 1152 : 1024) / OUTPUT_RATE;
      const samples = decode(out).subarray(0, Math.round(seconds * OUTPUT_RATE));
      expect(Math.abs(decode(out).length / OUTPUT_RATE - (codec.id === 'mp3' ? seconds : 2 * seconds))).toBeLessThan(frame);
      const timed = retimeSegments(part.segments.map((s) => ({ ...s, text: '', kind: 'narration' as const })), placed, codec, RATE);
      const heard = onsets(samples, timed.length);
      expect(heard).toHaveLength(timed.length);
      heard.forEach((t, i) => expect(Math.abs(t - timed[i]!.start), `${codec.id} line ${i}`).toBeLessThan(frame));
      // Joins lie in room tone: nothing near a join is louder than the room tone's own peaks.
      for (const b of placed.slice(1)) {
        const around = samples.subarray(b.outputStart - 2000, b.outputStart + 2000);
        const peak = Math.max(...Array.from(around, Math.abs));
        expect(20 * Math.log10(peak), `${codec.id} join at ${b.outputStart}`).toBeLessThan(-50);
      }
    }
  });

  it('reports ACX figures of the joined MP3 that match a measure of the whole file, and pass', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dramatis-blocks-'));
    const cache = new BlockCache(join(dir, 'cache'));
    const part = makePart(dir, 'chapter', lengths);
    const { encoded } = await encodeAll(dir, cache, part, BLOCK_CODECS.mp3, []);
    const out = join(dir, 'joined.mp3');
    await joinMp3({ ffmpegPath: tools!.ffmpegPath, book, blocks: encoded, coverPath: null, workDir: dir, name: 'mp3', outPath: out, title: 'One', track: 1, totalTracks: 1 });
    const target = { path: out, file: 'joined.mp3', kind: 'chapter-mp3' as const };
    const joined = await preflightJoinedFile(tools!, target, 'acx', combineReadings(await measuredBlocks(encoded, BLOCK_CODECS.mp3, { ffmpegPath: tools!.ffmpegPath, cache, limit: (task) => task() }), OUTPUT_RATE));
    const whole = await preflightFile(tools!, target, 'acx');
    expect(Math.abs(joined.measurements.rmsDb - whole.measurements.rmsDb)).toBeLessThan(0.1);
    expect(Math.abs(joined.measurements.peakDb - whole.measurements.peakDb)).toBeLessThan(0.1);
    expect(Math.abs(joined.measurements.durationSeconds - whole.measurements.durationSeconds)).toBeLessThan(0.01);
    expect(Math.abs(joined.measurements.headSilenceSeconds - whole.measurements.headSilenceSeconds)).toBeLessThan(0.05);
    expect(Math.abs(joined.measurements.tailSilenceSeconds - whole.measurements.tailSilenceSeconds)).toBeLessThan(0.05);
    expect(Math.abs(joined.measurements.noiseFloorDb - whole.measurements.noiseFloorDb)).toBeLessThan(3);
    // Measured once: the readings are kept with the blocks.
    expect(encoded.map((b) => cache.read(b.hash, BLOCK_CODECS.mp3)?.reading?.samples)).toEqual(encoded.map((b) => b.decodedSamples));
    expect(joined.format).toMatchObject({ codec: 'mp3', bitrateKbps: 192, constantBitrate: true, sampleRate: 44100, channels: 1 });
    for (const id of ['peak', 'noise-floor', 'head-silence', 'tail-silence', 'codec', 'bitrate', 'constant-bitrate', 'sample-rate', 'channels']) {
      expect(joined.checks.find((c) => c.id === id)?.pass, id).toBe(true);
    }
  });

  it('after one line is edited, encodes only the block holding it again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dramatis-blocks-'));
    const cache = new BlockCache(join(dir, 'cache'));
    const first: string[] = [];
    const before = await encodeAll(dir, cache, makePart(dir, 'a', lengths), BLOCK_CODECS.aac, first);
    expect(first).toHaveLength(before.encoded.length);
    const again: string[] = [];
    const edited = await encodeAll(dir, cache, makePart(dir, 'b', lengths, (i) => (i === 6 ? 660 : 440)), BLOCK_CODECS.aac, again);
    expect(edited.encoded.length).toBe(before.encoded.length);
    expect(again).toHaveLength(1);
  });

  it('leaves no cache entry when a block encode fails or is killed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dramatis-blocks-'));
    const cache = new BlockCache(join(dir, 'cache'));
    const hash = 'ab'.repeat(32);
    await expect(
      cache.store(hash, BLOCK_CODECS.mp3, async (temp) => {
        writeFileSync(temp, Buffer.alloc(1000, 0xff));
        throw new Error('FFmpeg was killed');
      }),
    ).rejects.toThrow('killed');
    expect(cache.read(hash, BLOCK_CODECS.mp3)).toBeNull();
    expect(readdirSync(join(dir, 'cache', 'ab'))).toEqual([]);
    // A kill mid-encode leaves only a temporary file, which no lookup reads.
    writeFileSync(`${cache.audioPath(hash, BLOCK_CODECS.mp3)}.0123456789.partial.mp3`, Buffer.alloc(1000, 0xff));
    expect(cache.read(hash, BLOCK_CODECS.mp3)).toBeNull();
    const part = makePart(dir, 'c', lengths.slice(0, 4));
    const controller = new AbortController();
    controller.abort();
    const blocks = await hashPcmBlocks(part.path, splitBlocks(part.segments, part.samples, RATE, SIZES));
    await expect(
      encodePartBlocks({ path: part.path, sampleRate: RATE, blocks, gainDb: 0, ceilingDb: -3.6 }, BLOCK_CODECS.mp3, {
        ffmpegPath: tools!.ffmpegPath,
        cache,
        roomTone: { kind: 'silence' },
        workDir: dir,
        signal: controller.signal,
        limit: (task) => task(),
      }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(readdirSync(join(dir, 'cache')).flatMap((d) => readdirSync(join(dir, 'cache', d))).filter((f) => !f.endsWith('.partial.mp3'))).toEqual([]);
  });
});
