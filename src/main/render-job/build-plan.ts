import { createHash } from 'node:crypto';
import type { ChapterKind } from '../../shared/book';
import type { LoudnessTargetId, PauseSettings } from '../../shared/render';
import { canonicalJson } from '../speech/cache-key';
import { DEFAULT_ROOM_TONE, type BookMetadata, type PlanChapter, type PlanSegment, type RenderPlan } from '../render/render-plan';
import type { SegmentAudioResult } from '../voices/segment-audio/segment-audio';
import type { RenderChapter } from './render-chapters';
import type { PreparedItem } from './synthesise-items';

const PLAN_KINDS: Record<ChapterKind, PlanChapter['kind']> = { body: 'body', 'front-matter': 'front', 'back-matter': 'back' };

export interface PlanInputs {
  chapters: readonly RenderChapter[];
  items: readonly PreparedItem[];
  audio: ReadonlyMap<string, SegmentAudioResult>;
  book: BookMetadata;
  pauses: PauseSettings;
  target: LoudnessTargetId;
  credits?: { opening: PreparedItem[]; closing: PreparedItem[] };
}

/**
 * The assembler's plan: every chapter's items in order with the path of their audio. Chapters
 * without audio for every item are left out by the caller before this is built.
 */
export function buildPlan(inputs: PlanInputs): RenderPlan {
  const byItem = new Map(inputs.items.map((p) => [p.item, p]));
  const segment = (entry: PreparedItem): PlanSegment => {
    const audio = inputs.audio.get(entry.prepared.key);
    if (!audio) throw new Error(`no audio for ${entry.prepared.key}`);
    const { item } = entry;
    return {
      id: itemId(entry),
      text: item.text,
      kind: item.kind,
      speakerId: item.speakerId === null ? null : String(item.speakerId),
      paragraphStart: item.paragraphStart,
      sceneBreakBefore: item.sceneBreakBefore,
      audio: { path: audio.path, format: 'wav' },
    };
  };
  const chapters: PlanChapter[] = inputs.chapters.map((chapter) => ({
    id: String(chapter.id),
    title: chapter.title,
    kind: PLAN_KINDS[chapter.kind],
    segments: chapter.items.map((item) => {
      const entry = byItem.get(item);
      if (!entry) throw new Error(`item of chapter ${chapter.id} was not prepared`);
      return segment(entry);
    }),
  }));
  const plan: RenderPlan = { book: inputs.book, chapters, pauses: inputs.pauses, roomTone: DEFAULT_ROOM_TONE, target: inputs.target };
  if (inputs.credits) plan.credits = { opening: inputs.credits.opening.map(segment), closing: inputs.credits.closing.map(segment) };
  return plan;
}

/** `t12` for chapter 12's title, `s345` for segment 345, `c-open-1` for a credit line. */
export function itemId(entry: PreparedItem): string {
  const ref = entry.item.ref;
  if (ref.kind === 'title') return `t${ref.chapterId}`;
  if (ref.kind === 'segment') return `s${ref.segmentId}`;
  return `c-${ref.part}-${ref.index + 1}`;
}

/**
 * What an export is built from, as a hash: the plan with every item's cache key in place of its
 * path (the same audio under another path is the same input), the cover's bytes and the options.
 * Equal hashes mean the file on disk would come out the same.
 */
export function planHash(plan: RenderPlan, options: Record<string, unknown>): string {
  const key = (s: PlanSegment): string => s.audio.path.replace(/^.*[\\/]/, '').replace(/\.wav$/, '');
  const strip = (s: PlanSegment) => ({ ...s, audio: key(s) });
  const cover = plan.book.cover ? createHash('sha256').update(plan.book.cover.bytes).digest('hex') : null;
  const material = {
    book: { ...plan.book, cover },
    chapters: plan.chapters.map((c) => ({ ...c, segments: c.segments.map(strip) })),
    credits: plan.credits ? { opening: plan.credits.opening.map(strip), closing: plan.credits.closing.map(strip) } : null,
    pauses: plan.pauses,
    roomTone: plan.roomTone,
    target: plan.target,
    options,
  };
  return createHash('sha256').update(canonicalJson(material)).digest('hex');
}
