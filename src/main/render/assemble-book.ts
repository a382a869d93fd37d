/**
 * Assembles every chapter (and the credits) into PCM at one rate, and measures each part for its
 * loudness gain while the next chapter is being assembled.
 */
import { LOUDNESS_TARGETS, MAX_FILE_SECONDS } from '../../shared/render';
import { assembleChapter, type AssembledPart } from './assemble-chapter';
import type { PcmInput } from './encode-inputs';
import { cancelled } from './ffmpeg-process';
import { gainFor } from './loudness';
import { measureAudio } from './measure-audio';
import { segmentSampleRate } from './read-segment';
import type { PlanChapter, PlanSegment, RenderPlan } from './render-plan';
import type { UnitKind } from './render-layout';

export interface BookUnit {
  id: string;
  title: string;
  kind: UnitKind;
  /** The chapter's kind in the book; null for the credits. */
  chapterKind: PlanChapter['kind'] | null;
  segments: PlanSegment[];
}

export interface AssembledUnit extends BookUnit {
  parts: Array<AssembledPart & { input: PcmInput }>;
}

export interface AssembleBookOptions {
  workDir: string;
  maxFileSeconds?: number;
  ffmpegPath: string;
  signal: AbortSignal;
  /** Runs an FFmpeg task when a slot is free (and tracks it, so a failure can stop the rest). */
  schedule: <T>(task: () => Promise<T>) => Promise<T>;
  onSegment: (done: number, total: number, unit: BookUnit) => void;
}

export function unitsOf(plan: RenderPlan): BookUnit[] {
  const units: BookUnit[] = [];
  const opening = plan.credits?.opening ?? [];
  const closing = plan.credits?.closing ?? [];
  if (opening.length > 0) units.push({ id: 'opening-credits', title: 'Opening Credits', kind: 'opening-credits', chapterKind: null, segments: opening });
  for (const c of plan.chapters) units.push({ id: c.id, title: c.title, kind: 'chapter', chapterKind: c.kind, segments: c.segments });
  if (closing.length > 0) units.push({ id: 'closing-credits', title: 'Closing Credits', kind: 'closing-credits', chapterKind: null, segments: closing });
  return units;
}

/** The rate most segments already have, so only the odd few are resampled. */
export async function assemblyRate(units: BookUnit[]): Promise<number> {
  const counts = new Map<number, number>();
  for (const unit of units) {
    for (const segment of unit.segments) {
      const rate = await segmentSampleRate(segment.audio);
      counts.set(rate, (counts.get(rate) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}

export async function assembleBook(plan: RenderPlan, units: BookUnit[], options: AssembleBookOptions): Promise<{ sampleRate: number; units: AssembledUnit[] }> {
  const { signal } = options;
  const measure = LOUDNESS_TARGETS[plan.target].measure;
  const sampleRate = await assemblyRate(units);
  const total = units.reduce((n, u) => n + u.segments.length, 0);
  let done = 0;
  const pending: Array<{ unit: BookUnit; parts: Array<{ part: AssembledPart; gain: Promise<{ gainDb: number; ceilingDb: number }> }> }> = [];
  for (const [index, unit] of units.entries()) {
    if (signal.aborted) throw cancelled();
    const parts = await assembleChapter(unit.segments, {
      sampleRate,
      pauses: plan.pauses,
      maxPartSeconds: Math.min(MAX_FILE_SECONDS, options.maxFileSeconds ?? MAX_FILE_SECONDS),
      workDir: options.workDir,
      name: `unit-${index + 1}`,
      signal,
      onSegment: () => options.onSegment(++done, total, unit),
    });
    pending.push({
      unit,
      parts: parts.map((part) => ({
        part,
        gain: options.schedule(async () => {
          const reading = await measureAudio(options.ffmpegPath, { kind: 'f32le', path: part.path, sampleRate }, { detail: false, loudness: measure === 'lufs', signal });
          return gainFor(plan.target, { rmsDb: reading.rmsDb, integratedLufs: reading.ebur128?.integratedLufs ?? null });
        }),
      })),
    });
  }
  const assembled: AssembledUnit[] = [];
  for (const { unit, parts } of pending) {
    const withGains = [];
    for (const { part, gain } of parts) {
      const { gainDb, ceilingDb } = await gain;
      withGains.push({ ...part, input: { path: part.path, samples: part.samples, sampleRate, gainDb, ceilingDb } });
    }
    assembled.push({ ...unit, parts: withGains });
  }
  return { sampleRate, units: assembled };
}
