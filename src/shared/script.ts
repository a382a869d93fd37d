/** The script of a chapter: narration and dialogue segments, and the cast who speak them. */

export const SEGMENT_KINDS = ['narration', 'dialogue'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/** Why the analysis chose a speaker. Shown to the author in the review queue. */
export const ATTRIBUTION_REASONS = [
  'speech-verb-name',
  'speech-verb-pronoun',
  'speech-verb-description',
  'action-beat',
  'vocative',
  'name-in-quote',
  'turn-taking',
  'continuation',
  'first-person-narrator',
  'conversation-flow',
  'llm',
  'unresolved',
] as const;
export type AttributionReason = (typeof ATTRIBUTION_REASONS)[number];

export interface Segment {
  kind: SegmentKind;
  text: string;
  /** Character offsets into the same source as the paragraph the segment came from. */
  start: number;
  end: number;
  /** A character id for dialogue; null for narration or when no speaker could be found. */
  speakerId: string | null;
  /** 0..1; 1 for narration. */
  confidence: number;
  reason: AttributionReason | null;
}

export const GENDERS = ['female', 'male', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

export interface Character {
  id: string;
  name: string;
  aliases: string[];
  gender: Gender;
  /** Number of dialogue segments attributed to the character. */
  lines: number;
  /** True for the first-person narrator of the book. */
  narrator?: boolean;
}
