/** Refuses a plan that cannot be rendered, with a sentence that says why. */
import { StudioError } from '../../shared/errors';
import { LOUDNESS_TARGET_IDS, pauseSettingsSchema } from '../../shared/render';
import type { PlanSegment, RenderPlan } from './render-plan';

function invalid(message: string): StudioError {
  return new StudioError('INVALID_REQUEST', message);
}

export function validatePlan(plan: RenderPlan): void {
  if (plan.chapters.length === 0) throw invalid('There is nothing to render: the book has no chapters to include.');
  if (!plan.book.title.trim()) throw invalid('The book needs a title before it can be exported.');
  if (!(LOUDNESS_TARGET_IDS as readonly string[]).includes(plan.target)) throw invalid(`"${plan.target}" is not a loudness target.`);
  const pauses = pauseSettingsSchema.safeParse(plan.pauses);
  if (!pauses.success) throw invalid(`The pause settings are out of range: ${pauses.error.issues.map((i) => i.path.join('.')).join(', ')}.`);
  if (plan.roomTone.kind === 'noise' && !(plan.roomTone.levelDb <= -50 && plan.roomTone.levelDb >= -100)) {
    throw invalid('Room tone must sit between -100 and -50 dB.');
  }
  const ids = new Set<string>();
  const checkSegments = (segments: PlanSegment[], where: string): void => {
    for (const segment of segments) {
      if (ids.has(segment.id)) throw invalid(`The segment id ${segment.id} appears twice (in ${where}).`);
      ids.add(segment.id);
      if (segment.audio.format === 'f32le' && !(segment.audio.sampleRate >= 8000 && segment.audio.sampleRate <= 192000)) {
        throw invalid(`Segment ${segment.id} declares a sample rate of ${segment.audio.sampleRate} Hz.`);
      }
    }
  };
  const chapterIds = new Set<string>();
  for (const chapter of plan.chapters) {
    if (chapterIds.has(chapter.id)) throw invalid(`The chapter id ${chapter.id} appears twice.`);
    chapterIds.add(chapter.id);
    if (chapter.segments.length === 0) throw invalid(`The chapter "${chapter.title}" has no audio to assemble.`);
    checkSegments(chapter.segments, `"${chapter.title}"`);
  }
  if (plan.credits) {
    checkSegments(plan.credits.opening, 'the opening credits');
    checkSegments(plan.credits.closing, 'the closing credits');
  }
}
