import { LOUDNESS_TARGETS, MAX_FILE_SECONDS, type LoudnessTargetId, type PauseSettings } from '../../shared/render';
import { assembleChapter, type AssembledPart } from '../render/assemble-chapter';
import { cancelled } from '../render/ffmpeg-process';
import { gainFor, type LoudnessReading } from '../render/loudness';
import { rmsOfPcmFile } from './pcm-rms';
import { measureAudio } from '../render/measure-audio';
import type { ExportUnit } from './export-units';

export interface AssembledUnitPart extends AssembledPart {
  gainDb: number;
  ceilingDb: number;
}

export interface AssembleUnitsOptions {
  sampleRate: number;
  pauses: PauseSettings;
  target: LoudnessTargetId;
  workDir: string;
  ffmpegPath: string;
  signal: AbortSignal;
  /** Runs FFmpeg's meters with bounded concurrency (shared with the encodes). */
  limit: <T>(task: () => Promise<T>) => Promise<T>;
  onSegment(unit: ExportUnit): void;
}

/**
 * Assembles units into raw PCM, unit after unit, each part measured for its loudness gain while
 * the next unit is assembled. Every measurement settles before this returns, so none is left running.
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
      const measured = options.limit(async () => {
        let reading: LoudnessReading;
        if (measure === 'rms') {
          reading = { rmsDb: await rmsOfPcmFile(part.path, options.signal), integratedLufs: null };
        } else {
          const meters = await measureAudio(
            options.ffmpegPath,
            { kind: 'f32le', path: part.path, sampleRate: options.sampleRate },
            { detail: false, loudness: true, signal: options.signal },
          );
          reading = { rmsDb: meters.rmsDb, integratedLufs: meters.ebur128?.integratedLufs ?? null };
        }
        const gain = gainFor(options.target, reading);
        return { unit: unit.id, part: { ...part, gainDb: gain.gainDb, ceilingDb: gain.ceilingDb } };
      });
      pending.push(measured);
    }
  }
}
