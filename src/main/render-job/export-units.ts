import { createHash } from 'node:crypto';
import { MAX_FILE_SECONDS, type PauseSettings } from '../../shared/render';
import { safeFileName, trackFileName } from '../render/output-names';
import type { PlanChapter, PlanSegment, RenderPlan } from '../render/render-plan';
import { ChapterTimeline } from '../render/timeline';
import { canonicalJson } from '../speech/cache-key';

/** A file's worth of the book before it is split into parts: the credits or one chapter. */
export interface ExportUnit {
  id: string;
  /** The project's chapter, or null for the credits. */
  chapterId: number | null;
  title: string;
  kind: 'opening-credits' | 'chapter' | 'closing-credits';
  chapterKind: PlanChapter['kind'] | null;
  segments: PlanSegment[];
  /** Everything that changes this unit's assembled audio. */
  hash: string;
}

/** Where a unit's files go: its parts numbered as tracks of the whole book. */
export interface UnitFiles {
  unit: ExportUnit;
  /** Track number of the first part. */
  firstTrack: number;
  parts: number;
  /** File name stems of the parts (`03 Stave Two`), without extension. */
  stems: string[];
  partTitles: string[];
}

/** The audio of a segment named by its cache key, whatever folder the cache is in. */
export function audioKey(segment: PlanSegment): string {
  return segment.audio.path.replace(/^.*[\\/]/, '').replace(/\.wav$/, '');
}

export function sha256(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** The plan's credits and chapters as units, in playing order. */
export function exportUnits(plan: RenderPlan): ExportUnit[] {
  const context = { pauses: plan.pauses, roomTone: plan.roomTone, target: plan.target };
  const unit = (id: string, chapterId: number | null, title: string, kind: ExportUnit['kind'], chapterKind: ExportUnit['chapterKind'], segments: PlanSegment[]): ExportUnit => ({
    id,
    chapterId,
    title,
    kind,
    chapterKind,
    segments,
    hash: sha256({ context, title, segments: segments.map((s) => ({ ...s, audio: audioKey(s) })) }),
  });
  const units: ExportUnit[] = [];
  const opening = plan.credits?.opening ?? [];
  const closing = plan.credits?.closing ?? [];
  if (opening.length > 0) units.push(unit('opening-credits', null, 'Opening Credits', 'opening-credits', null, opening));
  for (const c of plan.chapters) units.push(unit(c.id, Number(c.id), c.title, 'chapter', c.kind, c.segments));
  if (closing.length > 0) units.push(unit('closing-credits', null, 'Closing Credits', 'closing-credits', null, closing));
  return units;
}

/**
 * How many files a unit needs, from the lengths of its audio: a chapter longer than the longest
 * file allowed is split. Segment edges are trimmed when assembled, so this is checked afterwards.
 */
export function estimateParts(segments: readonly PlanSegment[], lengthSeconds: (segment: PlanSegment) => number, pauses: PauseSettings): number {
  const rate = 1000;
  const timeline = new ChapterTimeline(rate, pauses, MAX_FILE_SECONDS);
  for (const segment of segments) timeline.place(segment, Math.round(lengthSeconds(segment) * rate));
  return Math.max(1, timeline.finish().partLengths.length);
}

/** Track numbers and file names for every unit, given how many parts each has. */
export function numberUnits(units: readonly ExportUnit[], parts: ReadonlyMap<string, number>): UnitFiles[] {
  const total = units.reduce((n, u) => n + (parts.get(u.id) ?? 1), 0);
  let track = 0;
  return units.map((unit) => {
    const count = parts.get(unit.id) ?? 1;
    const firstTrack = track + 1;
    const partTitles = Array.from({ length: count }, (_, p) => (count > 1 ? `${unit.title} (part ${p + 1} of ${count})` : unit.title));
    const stems = partTitles.map((title, p) => trackFileName(firstTrack + p, total, title, 'mp3').replace(/\.mp3$/, ''));
    track += count;
    return { unit, firstTrack, parts: count, stems, partTitles };
  });
}

/** The M4B, the retail sample and the read-along book are named after the book. */
export function bookFileNames(title: string): { m4b: string; sample: string; epub: string } {
  const base = safeFileName(title);
  return { m4b: `${base}.m4b`, sample: `${base} - Retail Sample.mp3`, epub: `${base} - Read-Along.epub` };
}
