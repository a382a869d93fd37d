import type { AttributionReason } from '../../shared/script';
import { effectiveSpeaker, type SegmentRecord } from './segment-records';

/**
 * Re-running turn-taking after the author fixes a line: the two people of the conversation take
 * turns in the dialogue paragraphs that follow, until the conversation ends. This is the analysis's
 * alternation rule (see analysis/attribution/turn-taking.ts) anchored on a line the author vouched for.
 */

/** A line attributed by a speech tag: the analysis's firmest evidence, and where a propagation stops. */
const EXPLICIT_TAGS: ReadonlySet<AttributionReason> = new Set(['speech-verb-name', 'speech-verb-pronoun', 'speech-verb-description', 'first-person-narrator']);
/** Narration paragraphs allowed between two lines of one conversation (as in turn-taking.ts). */
const MAX_GAP = 1;
/** A narration paragraph this long moves the story on: the conversation is over. */
const LONG_NARRATION_WORDS = 40;
/** What a propagated line is worth: alternation anchored on the author's fix, above the review threshold. */
export const PROPAGATED_CONFIDENCE = 0.8;

export interface PlannedChange {
  segment: SegmentRecord;
  speakerId: number;
}

interface ParagraphGroup {
  records: SegmentRecord[];
  dialogue: SegmentRecord[];
  sceneBreak: boolean;
  narrationWords: number;
}

function groupParagraphs(records: SegmentRecord[]): ParagraphGroup[] {
  const groups: ParagraphGroup[] = [];
  let last: number | null | undefined;
  for (const r of records) {
    let group = groups[groups.length - 1];
    if (!group || r.paragraph_idx !== last) {
      group = { records: [], dialogue: [], sceneBreak: r.scene_break === 1, narrationWords: 0 };
      groups.push(group);
      last = r.paragraph_idx;
    } else if (r.scene_break === 1) {
      group.sceneBreak = true;
    }
    group.records.push(r);
    if (r.kind === 'dialogue') group.dialogue.push(r);
    else group.narrationWords += r.words ?? 0;
  }
  return groups;
}

/** The author's choice, or a speech tag the author did not overrule: propagation never changes these. */
function isAnchor(r: SegmentRecord): boolean {
  return r.correction === 'author' || (r.correction === null && r.reason !== null && EXPLICIT_TAGS.has(r.reason));
}

/** Walks the conversation from `g` in direction `step`, yielding its dialogue paragraphs until it ends. */
function* conversation(groups: ParagraphGroup[], g: number, step: 1 | -1): Generator<ParagraphGroup> {
  let gap = 0;
  for (let k = g + step; k >= 0 && k < groups.length; k += step) {
    const group = groups[k];
    // A scene break before the paragraph after `g` ends the conversation going forward; going back, the one before `k + 1`.
    const breakBetween = step === 1 ? group?.sceneBreak : groups[k + 1]?.sceneBreak;
    if (!group || breakBetween) return;
    if (group.dialogue.length === 0) {
      gap++;
      if (gap > MAX_GAP || group.narrationWords >= LONG_NARRATION_WORDS) return;
      continue;
    }
    gap = 0;
    yield group;
  }
}

/**
 * The lines a propagation from `fixedId` would change, and to whom. Empty when the line is not
 * dialogue, has no speaker, or the conversation has no second person to alternate with.
 */
export function planPropagation(records: SegmentRecord[], fixedId: number, narrator: number): PlannedChange[] {
  const groups = groupParagraphs(records);
  const g = groups.findIndex((group) => group.records.some((r) => r.id === fixedId));
  const group = groups[g];
  const fixed = group?.records.find((r) => r.id === fixedId);
  if (!group || !fixed || fixed.kind !== 'dialogue') return [];
  const first = effectiveSpeaker(fixed, narrator);
  if (first === null) return [];
  const speakerOf = (r: SegmentRecord): number | null => effectiveSpeaker(r, narrator);
  const other = otherParticipant(groups, g, first, speakerOf);

  const out: PlannedChange[] = [];
  const assign = (r: SegmentRecord, speakerId: number): void => {
    if (speakerOf(r) !== speakerId) out.push({ segment: r, speakerId });
  };
  // The rest of the fixed line's own paragraph is the same turn.
  for (const r of group.dialogue.filter((r) => r.idx > fixed.idx)) {
    if (isAnchor(r)) return out;
    assign(r, first);
  }
  let current = first;
  for (const next of conversation(groups, g, 1)) {
    if (next.dialogue.some(isAnchor)) break;
    // The analysis's reason stays on the segment under a propagated speaker, so a second propagation still sees it.
    const carriedOn = next.dialogue[0]?.reason === 'continuation';
    const speaker = carriedOn ? current : current === first ? other : first;
    if (speaker === null) break;
    for (const r of next.dialogue) assign(r, speaker);
    current = speaker;
  }
  return out;
}

/** The second person: the last other speaker earlier in the conversation, else the first one after. */
function otherParticipant(groups: ParagraphGroup[], g: number, first: number, speakerOf: (r: SegmentRecord) => number | null): number | null {
  const find = (step: 1 | -1): number | null => {
    for (const group of conversation(groups, g, step)) {
      const lines = step === 1 ? group.dialogue : [...group.dialogue].reverse();
      for (const r of lines) {
        const s = speakerOf(r);
        if (s !== null && s !== first) return s;
      }
    }
    return null;
  };
  return find(-1) ?? find(1);
}
