import type { Cast, CastMember } from '../characters/build-cast';
import type { Utterance } from './turn-taking';

const MIN_VOCATIVES = 3;

/**
 * A first-person narrator is named by the people who talk to them: the person most often
 * addressed by name who is never named in the narration (the narrator says `I`) and never tagged
 * as a speaker by name is the narrator (`"My dear Watson"`). Being addressed in the lines next to
 * the narrator's own counts double. The named member is merged into the narrator.
 */
export function nameNarrator(cast: Cast, utterances: Utterance[]): void {
  const narrator = cast.narrator;
  if (!narrator) return;
  const votes = new Map<CastMember, number>();
  const vote = (m: CastMember, n: number): void => {
    votes.set(m, (votes.get(m) ?? 0) + n);
  };
  utterances.forEach((u, k) => {
    for (const a of u.addressees) vote(a, 1);
    if (u.speaker !== narrator) return;
    for (const n of [utterances[k - 1], utterances[k + 1]]) {
      if (!n || n.speaker === narrator || Math.abs(n.paragraph - u.paragraph) > 2) continue;
      for (const a of n.addressees) vote(a, 1);
    }
  });
  const namedSpeaker = new Map<CastMember, number>();
  for (const u of utterances) if (u.speaker && u.reason === 'speech-verb-name') namedSpeaker.set(u.speaker, (namedSpeaker.get(u.speaker) ?? 0) + 1);
  const ranked = [...votes]
    .filter(([m]) => !m.narrator && (namedSpeaker.get(m) ?? 0) < MIN_VOCATIVES && m.narrationMentions * 10 <= m.mentions)
    .sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_VOCATIVES || (second && second[1] * 2 > best[1])) return;
  const member = best[0];
  narrator.name = member.name;
  narrator.aliases = [...new Set([...member.aliases, ...narrator.aliases])];
  if (narrator.gender === 'unknown') narrator.gender = member.gender;
  member.mergedInto = narrator;
  for (const u of utterances) {
    if (u.speaker === member) u.speaker = narrator;
    u.addressees = u.addressees.map((a) => (a === member ? narrator : a));
  }
}
