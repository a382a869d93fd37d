import type { Character, Segment } from '../../../shared/script';

/** What the model is shown for one line: the passage around it and who may be speaking. */
export interface LinePrompt {
  system: string;
  user: string;
  format: Record<string, unknown>;
  candidates: Character[];
}

const SYSTEM = [
  'You attribute lines of dialogue in a novel to the character who speaks them.',
  'You are given a passage in which the line in question is marked with >>> and <<<, and a list of candidate speakers.',
  'Answer with the name of the candidate who speaks the marked line exactly as it is written in the list,',
  'or "unknown" if the passage does not tell. Answer in JSON.',
].join(' ');

const BEFORE = 8;
const AFTER = 3;
const MAX_CANDIDATES = 8;

function render(segment: Segment, names: Map<string, string>, marked: boolean): string {
  if (segment.kind === 'narration') return segment.text;
  const quote = `"${segment.text}"`;
  if (marked) return `>>> ${quote} <<<`;
  const who = segment.speakerId ? names.get(segment.speakerId) : undefined;
  return who ? `${quote} [${who}]` : quote;
}

/**
 * The candidates for the segment at `index`: the people speaking near it, the rule's choice, and
 * the narrator, at most eight; the prompt lists them with their aliases.
 */
function candidatesFor(segments: Segment[], index: number, characters: Character[]): Character[] {
  const byId = new Map(characters.map((c) => [c.id, c]));
  const ids: string[] = [];
  const push = (id: string | null | undefined): void => {
    if (id && byId.has(id) && !ids.includes(id)) ids.push(id);
  };
  push(segments[index]?.speakerId);
  for (let d = 1; d <= 20 && ids.length < MAX_CANDIDATES; d++) {
    push(segments[index - d]?.speakerId);
    push(segments[index + d]?.speakerId);
  }
  push(characters.find((c) => c.narrator)?.id);
  return ids.slice(0, MAX_CANDIDATES).map((id) => byId.get(id)).filter((c): c is Character => c !== undefined);
}

export function buildLinePrompt(segments: Segment[], index: number, characters: Character[], chapterTitle = ''): LinePrompt {
  const candidates = candidatesFor(segments, index, characters);
  const names = new Map(characters.map((c) => [c.id, c.name]));
  const passage = segments
    .slice(Math.max(0, index - BEFORE), index + AFTER + 1)
    .map((s, k) => render(s, names, Math.max(0, index - BEFORE) + k === index))
    .join('\n');
  const list = candidates.map((c) => `- ${c.name}${c.aliases.length > 1 ? ` (also ${c.aliases.filter((a) => a !== c.name).join(', ')})` : ''}`).join('\n');
  return {
    system: SYSTEM,
    user: `${chapterTitle ? `Chapter: ${chapterTitle}\n\n` : ''}Passage:\n${passage}\n\nCandidates:\n${list}\n\nWho speaks the line marked >>> <<<?`,
    format: {
      type: 'object',
      properties: { speaker: { type: 'string', enum: [...candidates.map((c) => c.name), 'unknown'] } },
      required: ['speaker'],
    },
    candidates,
  };
}

/**
 * Checks a reply against the cast: the named candidate, `null` for an honest "unknown", or
 * `undefined` when the reply is not an answer at all (missing field, someone not in the list).
 */
export function readReply(reply: unknown, candidates: Character[]): Character | null | undefined {
  if (typeof reply !== 'object' || reply === null) return undefined;
  const speaker = 'speaker' in reply ? reply.speaker : undefined;
  if (typeof speaker !== 'string') return undefined;
  const wanted = speaker.trim().toLowerCase();
  if (wanted === 'unknown') return null;
  return candidates.find((c) => c.name.toLowerCase() === wanted || c.aliases.some((a) => a.toLowerCase() === wanted));
}
