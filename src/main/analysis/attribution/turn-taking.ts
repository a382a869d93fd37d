import type { AttributionReason } from '../../../shared/script';
import type { CastMember } from '../characters/build-cast';
import type { ParagraphModel } from '../paragraph-model';
import type { Discourse } from './discourse';

/** A paragraph of dialogue as the conversation passes see it. */
export interface Utterance {
  paragraph: number;
  speaker: CastMember | null;
  confidence: number;
  reason: AttributionReason;
  /** People addressed by name in the quote: not the speaker, likely the next one. */
  addressees: CastMember[];
  continuesPrevious: boolean;
}

const TURN_CONFIDENCE = {
  vocative: 0.6,
  alternation: 0.55,
  otherParticipant: 0.45,
  flow: 0.5,
} as const;

/** Below this, a speaker may be changed by the validation pass. */
const FIRM = 0.8;
const MAX_ROUNDS = 4;
/** Narration paragraphs allowed between two lines of one conversation. */
const MAX_GAP = 1;

/** Splits the utterances into conversations: runs with at most a short gap and no scene break. */
export function conversations(utterances: Utterance[], paragraphs: ParagraphModel[]): Utterance[][] {
  const out: Utterance[][] = [];
  let current: Utterance[] = [];
  for (const u of utterances) {
    const last = current[current.length - 1];
    let split = !last || u.paragraph - last.paragraph - 1 > MAX_GAP;
    if (last && !split) for (let k = last.paragraph + 1; k <= u.paragraph; k++) if (paragraphs[k]?.sceneStart) split = true;
    if (split && current.length > 0) {
      out.push(current);
      current = [];
    }
    current.push(u);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function set(u: Utterance, member: CastMember | null, confidence: number, reason: AttributionReason): boolean {
  if (!member) return false;
  u.speaker = member;
  u.confidence = confidence;
  u.reason = reason;
  return true;
}

/** The most recent speaker in the conversation before `k` who is not `not`. */
function otherParticipant(conv: Utterance[], k: number, not: CastMember | null): CastMember | null {
  for (let j = k - 1; j >= 0; j--) {
    const s = conv[j]?.speaker;
    if (s && s !== not) return s;
  }
  for (let j = k + 1; j < conv.length; j++) {
    const s = conv[j]?.speaker;
    if (s && s !== not) return s;
  }
  return null;
}

/**
 * Fills the lines that no tag attributes from the shape of the conversation: a quote carried on
 * keeps its speaker, the person just addressed by name answers, and otherwise two people take
 * turns. Then validates: nobody answers themselves, and nobody addresses themselves by name.
 */
export function resolveTurns(utterances: Utterance[], paragraphs: ParagraphModel[], d: Discourse): void {
  for (const conv of conversations(utterances, paragraphs)) {
    const step = (fallback: boolean): boolean => {
      let changed = false;
      conv.forEach((u, k) => {
        if (!u.speaker) changed = fillTurn(conv, k, d, fallback) || changed;
      });
      return changed;
    };
    for (let round = 0; round < MAX_ROUNDS && step(false); round++);
    if (step(true)) for (let round = 0; round < MAX_ROUNDS && step(false); round++);
    validate(conv, d);
    for (const u of conv) d.setSpeaker(u.paragraph, u.speaker);
  }
}

/** One unattributed line, from its neighbours; with `fallback`, the other participant at least. */
function fillTurn(conv: Utterance[], k: number, d: Discourse, fallback: boolean): boolean {
  const u = conv[k];
  if (!u) return false;
  const prev = conv[k - 1];
  const prev2 = conv[k - 2];
  const next = conv[k + 1];
  const next2 = conv[k + 2];
  const addressed = (x: Utterance | undefined): CastMember | null => (x?.speaker ? (x.addressees.find((a) => a !== x.speaker) ?? null) : null);
  if (u.continuesPrevious && prev?.speaker) return set(u, prev.speaker, prev.confidence, 'continuation');
  if (addressed(prev)) return set(u, addressed(prev), TURN_CONFIDENCE.vocative, 'vocative');
  if (prev?.speaker && prev2?.speaker && prev.speaker !== prev2.speaker) return set(u, prev2.speaker, TURN_CONFIDENCE.alternation, 'turn-taking');
  if (next && !next.continuesPrevious && addressed(next)) return set(u, addressed(next), TURN_CONFIDENCE.vocative, 'vocative');
  if (next?.speaker && next2?.speaker && next.speaker !== next2.speaker && !next.continuesPrevious) return set(u, next2.speaker, TURN_CONFIDENCE.alternation, 'turn-taking');
  if (fallback && prev?.speaker) {
    const other = otherParticipant(conv, k, prev.speaker) ?? d.nearest(u.paragraph, 0, 'unknown', new Set([prev.speaker.id]));
    return set(u, other, TURN_CONFIDENCE.otherParticipant, 'turn-taking');
  }
  return false;
}

function validate(conv: Utterance[], d: Discourse): void {
  conv.forEach((u, k) => {
    const prev = conv[k - 1];
    if (!u.speaker || u.confidence >= FIRM || u.continuesPrevious) return;
    const answersSelf = prev !== undefined && prev.paragraph === u.paragraph - 1 && prev.speaker === u.speaker;
    const namesSelf = u.addressees.includes(u.speaker);
    if (!answersSelf && !namesSelf) return;
    const other = otherParticipant(conv, k, u.speaker) ?? d.nearest(u.paragraph, 0, 'unknown', new Set([u.speaker.id]));
    if (other) set(u, other, TURN_CONFIDENCE.flow, 'conversation-flow');
  });
}
