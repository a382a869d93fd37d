/**
 * The audio files of an export joined from cached blocks: every assembled part's blocks in a codec
 * (encoded at most once per export, and only when not cached), the M4B and the chapter MP3s joined
 * from them, caption and read-along times moved to the joined files, and each joined file's
 * pre-flight from its blocks' readings.
 */
import type { LoudnessTargetId, PreflightFile } from '../../shared/render';
import { BLOCK_CODECS, type BlockCodec } from '../render/blocks/block-codec';
import { BlockCache } from '../render/blocks/block-cache';
import { joinedSeconds, placeBlocks, retimeSegments } from '../render/blocks/block-timing';
import { combineReadings } from '../render/blocks/combine-readings';
import { encodePartBlocks, measuredBlocks, type BlockEncodeOptions, type EncodedBlock } from '../render/blocks/encode-blocks';
import { joinM4b, joinMp3 } from '../render/blocks/join-blocks';
import { OUTPUT_RATE } from '../render/encode-inputs';
import { AAC_OVERSHOOT_DB } from '../render/export-m4b';
import { cancelled } from '../render/ffmpeg-process';
import type { MeterReading } from '../render/measure-audio';
import { preflightJoinedFile, type PreflightTarget } from '../render/preflight';
import type { BookMetadata, RoomTone } from '../render/render-plan';
import type { AssembledUnitPart } from './assemble-units';
import type { ExportUnit } from './export-units';

export const AAC = BLOCK_CODECS.aac;
export const MP3 = BLOCK_CODECS.mp3;

export interface BlockOutputsOptions {
  assembled: ReadonlyMap<string, AssembledUnitPart[]>;
  sampleRate: number;
  cacheDir: string;
  book: BookMetadata;
  roomTone: RoomTone;
  target: LoudnessTargetId;
  coverPath: string | null;
  ffmpegPath: string;
  ffprobePath: string;
  workDir: string;
  signal: AbortSignal;
  /** Runs FFmpeg with bounded concurrency (and keeps track of it, so a failure waits for the rest). */
  limit: <T>(task: () => Promise<T>) => Promise<T>;
  progress(current: number, total: number, title: string): void;
}

export class BlockOutputs {
  /** Blocks encoded in this export; the rest came from the cache. */
  encoded = 0;
  /** Per written file, per unit, the cache files (relative to the block cache) it was joined from. */
  readonly used = new Map<string, Map<string, string[]>>();
  private readonly parts = new Map<string, Promise<EncodedBlock[]>>();
  private readonly blockOptions: BlockEncodeOptions;
  private resolved = 0;
  private blocksWanted = 0;
  private blocksDone = 0;
  private checksWanted = 0;
  private checksDone = 0;

  constructor(private readonly o: BlockOutputsOptions) {
    this.blockOptions = { ffmpegPath: o.ffmpegPath, cache: new BlockCache(o.cacheDir), roomTone: o.roomTone, workDir: o.workDir, signal: o.signal, limit: o.limit };
  }

  /** Blocks taken from the cache as they were. */
  get reused(): number {
    return Math.max(0, this.resolved - this.encoded);
  }

  /** One more file will be checked (for the progress of the checks). */
  expectCheck(): void {
    this.checksWanted++;
  }

  /** The blocks of a unit's part in a codec, each encoded once. */
  blocksOf(unit: string, p: number, codec: BlockCodec, title: string): Promise<EncodedBlock[]> {
    const key = `${unit}\n${p}\n${codec.id}`;
    let blocks = this.parts.get(key);
    if (!blocks) {
      const part = this.o.assembled.get(unit)![p]!;
      const ceilingDb = part.ceilingDb - (codec.id === 'aac' ? AAC_OVERSHOOT_DB : 0);
      this.blocksWanted += part.blocks.length;
      blocks = encodePartBlocks({ path: part.path, sampleRate: this.o.sampleRate, blocks: part.blocks, gainDb: part.gainDb, ceilingDb }, codec, {
        ...this.blockOptions,
        onEncoded: () => {
          this.encoded++;
          this.blocksDone++;
          this.encodeProgress(title);
        },
      });
      blocks.then((list) => (this.resolved += list.length), () => undefined);
      this.parts.set(key, blocks);
    }
    return blocks;
  }

  encodeProgress(title: string): void {
    this.o.progress(200 + Math.round((600 * this.blocksDone) / Math.max(1, this.blocksWanted)), 1000, `Encoding ${title}`);
  }

  /** The part with its segments timed as they play in the file joined from its blocks. */
  async retimed(unit: string, p: number, codec: BlockCodec, title: string): Promise<AssembledUnitPart> {
    const part = this.o.assembled.get(unit)![p]!;
    const placed = placeBlocks(await this.blocksOf(unit, p, codec, title));
    return { ...part, segments: retimeSegments(part.segments, placed, codec, this.o.sampleRate) };
  }

  /** The M4B of every unit, a chapter mark per unit. */
  async writeM4b(units: readonly ExportUnit[], file: string, outPath: string): Promise<PreflightFile> {
    const perUnit = await Promise.all(units.map((u) => Promise.all((this.o.assembled.get(u.id) ?? []).map((_, p) => this.blocksOf(u.id, p, AAC, file)))));
    let clock = 0;
    const chapters = units.map((u, i) => {
      const start = clock;
      clock += joinedSeconds(placeBlocks(perUnit[i]!.flat()));
      return { title: u.title, startSeconds: start, endSeconds: clock };
    });
    const blocks = perUnit.flat(2);
    this.use(file, new Map(units.map((u, i) => [u.id, perUnit[i]!.flat()])), AAC);
    const readings = this.measure(blocks, AAC);
    await this.o.limit(() => joinM4b({ ...this.joinCommon(blocks, 'book', outPath), chapters }));
    return this.check({ path: outPath, file, kind: 'm4b' }, readings);
  }

  async writeMp3(unit: ExportUnit, p: number, tags: { title: string; track: number; totalTracks: number }, target: PreflightTarget): Promise<PreflightFile> {
    const blocks = await this.blocksOf(unit.id, p, MP3, target.file);
    this.use(target.file, new Map([[unit.id, blocks]]), MP3);
    const readings = this.measure(blocks, MP3);
    await this.o.limit(() => joinMp3({ ...this.joinCommon(blocks, `mp3-${unit.id}-${p}`, target.path), ...tags }));
    return this.check(target, readings);
  }

  /** A written file that is not joined from blocks (the retail sample) counts as checked too. */
  checked(): void {
    this.checksDone++;
  }

  /** Notes the cache files a file is joined from: its blocks and, per block, the loudness reading of its samples. */
  private use(file: string, byUnit: ReadonlyMap<string, readonly EncodedBlock[]>, codec: BlockCodec): void {
    const units = new Map<string, string[]>();
    for (const [unit, blocks] of byUnit) {
      units.set(
        unit,
        blocks.flatMap((b) => [`${b.hash.slice(0, 2)}/${b.hash}.${codec.extension}`, `${b.pcmHash.slice(0, 2)}/${b.pcmHash}.${this.o.sampleRate}.loudness.json`]),
      );
    }
    this.used.set(file, units);
  }

  private joinCommon(blocks: EncodedBlock[], name: string, outPath: string) {
    return { ffmpegPath: this.o.ffmpegPath, book: this.o.book, blocks, coverPath: this.o.coverPath, workDir: this.o.workDir, name, outPath, signal: this.o.signal };
  }

  /**
   * Starts metering the blocks not measured before while the file is joined from them: both only
   * read the blocks, and the meter is what a re-export waits for longest after the join.
   */
  private measure(blocks: readonly EncodedBlock[], codec: BlockCodec): Promise<MeterReading[]> {
    const readings = measuredBlocks(blocks, codec, this.blockOptions);
    // A failed join is reported first; the meter's own failure is then not left unhandled.
    readings.catch(() => undefined);
    return readings;
  }

  private async check(target: PreflightTarget, measuring: Promise<MeterReading[]>): Promise<PreflightFile> {
    if (this.o.signal.aborted) throw cancelled();
    const progress = (): void => this.o.progress(800 + Math.round((200 * this.checksDone) / Math.max(1, this.checksWanted)), 1000, `Checking ${target.file}`);
    progress();
    const readings = await measuring;
    const tools = { ffmpegPath: this.o.ffmpegPath, ffprobePath: this.o.ffprobePath, signal: this.o.signal };
    const result = await this.o.limit(() => preflightJoinedFile(tools, target, this.o.target, combineReadings(readings, OUTPUT_RATE)));
    this.checksDone++;
    progress();
    return result;
  }
}
