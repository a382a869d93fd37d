import { StudioError } from '../../shared/errors';
import type { Gender } from '../../shared/script';
import type { EditContext } from './edit-context';
import { PROPAGATED_CONFIDENCE, planPropagation } from './propagation';
import { characterRecord } from './read-cast';
import { chapterRecords, effectiveSpeaker, segmentRecord, spanOf } from './segment-records';

export type SpeakerChoice = { characterId: number } | { newCharacter: string; gender: Gender };

/** The author's choice of speaker for one line, kept apart from the analysis so a re-analysis keeps it. */
export function setSpeaker(ctx: EditContext, segmentId: number, choice: SpeakerChoice): string {
  const r = segmentRecord(ctx.db, segmentId);
  const speaker = 'characterId' in choice ? characterRecord(ctx.db, choice.characterId) : ctx.createCharacter(choice.newCharacter, choice.gender);
  if (!(r.correction === 'author' && effectiveSpeaker(r, ctx.narrator) === speaker.id)) ctx.setCorrection(spanOf(r), speaker.id, 'author');
  return `Set speaker to ${speaker.name}`;
}

/** How many lines a propagation from this line would change. */
export function propagationCount(ctx: Pick<EditContext, 'db' | 'narrator'>, segmentId: number): number {
  const r = segmentRecord(ctx.db, segmentId);
  return planPropagation(chapterRecords(ctx.db, r.chapter_id), r.id, ctx.narrator).length;
}

/** Re-runs turn-taking for the rest of the conversation after a line, taking that line as certain. */
export function propagate(ctx: EditContext, segmentId: number): string {
  const r = segmentRecord(ctx.db, segmentId);
  if (r.kind !== 'dialogue') throw new StudioError('INVALID_REQUEST', 'Only a line of dialogue starts a conversation’s turns; this one is narration.');
  if (effectiveSpeaker(r, ctx.narrator) === null) throw new StudioError('INVALID_REQUEST', 'Choose a speaker for this line before passing the turns on from it.');
  const plan = planPropagation(chapterRecords(ctx.db, r.chapter_id), r.id, ctx.narrator);
  for (const { segment, speakerId } of plan) ctx.setCorrection(spanOf(segment), speakerId, 'propagated', PROPAGATED_CONFIDENCE);
  return `Re-run turn-taking (${plan.length} ${plan.length === 1 ? 'line' : 'lines'})`;
}
