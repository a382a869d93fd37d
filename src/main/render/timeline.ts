/**
 * Where every segment of a chapter goes: the pause before it (following the text), room tone at the
 * head and tail of every file, and a new file when a chapter would run past the longest file allowed.
 * Counted in samples at the assembly rate, so pauses never drift.
 */
import type { PauseSettings } from '../../shared/render';
import type { PlanSegment } from './render-plan';

const SOFT_MARGIN_SECONDS = 10 * 60;

export type PauseContext = Pick<PlanSegment, 'kind' | 'speakerId' | 'paragraphStart' | 'sceneBreakBefore'>;

/** The pause between two consecutive segments of a chapter, in milliseconds. */
export function pauseBetween(previous: PauseContext, next: PauseContext, pauses: PauseSettings): number {
  const candidates = [pauses.sentenceMs];
  if (next.sceneBreakBefore) candidates.push(pauses.sceneBreakMs);
  if (next.kind === 'title') candidates.push(pauses.beforeTitleMs);
  if (previous.kind === 'title') candidates.push(pauses.afterTitleMs);
  if (next.paragraphStart) candidates.push(pauses.paragraphMs);
  if (previous.speakerId !== next.speakerId) candidates.push(pauses.speakerChangeMs);
  return Math.max(...candidates);
}

export interface Placement {
  /** Index of the file (part) of the chapter this segment lands in. */
  part: number;
  /** Samples of room tone that close the previous part before this one starts (0 unless `startsPart`). */
  previousTail: number;
  startsPart: boolean;
  /** Samples of room tone or pause written just before the segment. */
  silenceBefore: number;
  /** Sample offsets within the part. */
  start: number;
  end: number;
}

export class ChapterTimeline {
  private readonly partLengths: number[] = [];
  private previous: PauseContext | null = null;
  private readonly head: number;
  private readonly tail: number;

  constructor(
    private readonly sampleRate: number,
    private readonly pauses: PauseSettings,
    private readonly maxPartSeconds: number,
  ) {
    this.head = this.samples(pauses.headMs);
    this.tail = this.samples(pauses.tailMs);
  }

  place(segment: PauseContext, length: number): Placement {
    const maxPart = Math.floor(this.maxPartSeconds * this.sampleRate);
    const current = this.partLengths.length - 1;
    if (current >= 0 && this.previous) {
      const gap = this.samples(pauseBetween(this.previous, segment, this.pauses));
      const used = this.partLengths[current]!;
      // Past the soft limit a new paragraph starts a new file, so files rarely break mid-paragraph.
      const softLimit = maxPart - Math.floor(Math.min(SOFT_MARGIN_SECONDS, this.maxPartSeconds / 10) * this.sampleRate);
      const breakAtParagraph = segment.paragraphStart && used >= softLimit;
      if (!breakAtParagraph && used + gap + length + this.tail <= maxPart) {
        this.previous = segment;
        this.partLengths[current] = used + gap + length;
        return { part: current, previousTail: 0, startsPart: false, silenceBefore: gap, start: used + gap, end: used + gap + length };
      }
      this.partLengths[current] = used + this.tail;
    }
    this.previous = segment;
    this.partLengths.push(this.head + length);
    return { part: current + 1, previousTail: current >= 0 ? this.tail : 0, startsPart: true, silenceBefore: this.head, start: this.head, end: this.head + length };
  }

  /** Closes the last part with its tail; returns the length of every part in samples. */
  finish(): { tail: number; partLengths: number[] } {
    const last = this.partLengths.length - 1;
    if (last < 0) return { tail: 0, partLengths: [] };
    this.partLengths[last]! += this.tail;
    return { tail: this.tail, partLengths: [...this.partLengths] };
  }

  private samples(ms: number): number {
    return Math.round((ms * this.sampleRate) / 1000);
  }
}
