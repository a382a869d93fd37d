import { LOUDNESS_TARGETS, MAX_FILE_SECONDS, type LoudnessTargetId, type PauseSettings } from '../../shared/render';
import { assembleChapter, type AssembledPart } from '../render/assemble-chapter';
import type { BlockCache } from '../render/blocks/block-cache';
import { hashPcmBlocks, rmsOfBlocks, type PcmBlock } from '../render/blocks/pcm-blocks';
import { pcmBlockLoudness } from '../render/blocks/pcm-loudness';
import { splitBlocks, type BlockSizes } from '../render/blocks/split-blocks';
import { cancelled } from '../render/ffmpeg-process';
import { gainFor } from '../render/loudness';
import { integratedLoudness } from '../render/parsers/parse-ebur128-frames';
import type { ExportUnit } from './export-units';

export interface AssembledUnitPart extends AssembledPart {
  /** The part cut into blocks for encoding, with their content hashes and energies. */
  blocks: PcmBlock[];
  /** The part's level as the target measures it (dB RMS or LUFS), or null when too quiet to measure. */
  levelDb: number | null;
  gainDb: number;
  ceilingDb: number;
}

export interface AssembleUnitsOptions {
  sampleRate: number;
  pauses: PauseSettings;
  target: LoudnessTargetId;
  workDir: string;
  ffmpegPath: string;
  blockCache: BlockCache;
  blockSizes?: BlockSizes;
  signal: AbortSignal;
  /** Runs FFmpeg's meters with bounded concurrency (shared with the encodes). */
  limit: <T>(task: () => Promise<T>) => Promise<T>;
  onSegment(unit: ExportUnit): void;
}

/**
 * Assembles units into raw PCM, unit after unit, each part cut into blocks and measured for its
 * loudness gain while the next unit is assembled. The level is summed from the blocks' figures (the
 * energy for RMS; ebur128's gating blocks for LUFS, cached per block), so it is the level of the whole
 * part. Every measurement settles before this returns, so none is left running.
 */
export async function assembleUnits(units: readonly ExportUnit[], options: AssembleUnitsOptions): Promise<Map<string, AssembledUnitPart[]>> {
  const measure = LOUDNESS_TARGETS[options.target].measure;
  const pending: Array<Promise<{ unit: string; part: AssembledUnitPart }>> = [];
  try {
    for (const unit of units) await assembleOne(unit);
  } catch (error) {
    await Promise.allSettled(pending);
    throw error;
  }
  const settled = await Promise.allSettled(pending);
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) throw failure.reason;
  const assembled = new Map<string, AssembledUnitPart[]>(units.map((u) => [u.id, []]));
  for (const s of settled) {
    const { unit, part } = (s as PromiseFulfilledResult<{ unit: string; part: AssembledUnitPart }>).value;
    assembled.get(unit)!.push(part);
  }
  return assembled;

  async function assembleOne(unit: ExportUnit): Promise<void> {
    if (options.signal.aborted) throw cancelled();
    const parts = await assembleChapter(unit.segments, {
      sampleRate: options.sampleRate,
      pauses: options.pauses,
      maxPartSeconds: MAX_FILE_SECONDS,
      workDir: options.workDir,
      name: `unit-${unit.id}`,
      signal: options.signal,
      onSegment: () => options.onSegment(unit),
    });
    for (const part of parts) {
      const ranges = splitBlocks(part.segments, part.samples, options.sampleRate, options.blockSizes);
      const blocks = await hashPcmBlocks(part.path, ranges, options.signal);
      const level =
        measure === 'rms'
          ? Promise.resolve(rmsOfBlocks(blocks))
          : Promise.all(blocks.map((b) => pcmBlockLoudness(part.path, b, options.sampleRate, { ...options, cache: options.blockCache }))).then((frames) =>
              integratedLoudness(frames.flat()),
            );
      pending.push(
        level.then((measured) => {
          const gain = gainFor(options.target, { rmsDb: measured, integratedLufs: measured });
          const levelDb = Number.isFinite(measured) ? measured : null;
          return { unit: unit.id, part: { ...part, blocks, levelDb, gainDb: gain.gainDb, ceilingDb: gain.ceilingDb } };
        }),
      );
    }
  }
}
