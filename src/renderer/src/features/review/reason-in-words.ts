import type { AttributionReason } from '../../../../shared/script';

const WORDS: Record<AttributionReason, string> = {
  'speech-verb-name': 'Speech verb with a name (“said Elizabeth”)',
  'speech-verb-pronoun': 'Speech verb with a pronoun (“she said”)',
  'speech-verb-description': 'Speech verb with a description (“said the lady”)',
  'action-beat': 'An action by a character next to the line',
  vocative: 'Someone is addressed by name in the conversation',
  'name-in-quote': 'A name mentioned in the line',
  'turn-taking': 'Turn-taking: speakers alternate in the conversation',
  continuation: 'Continues the previous line of the same speaker',
  'first-person-narrator': 'The first-person narrator',
  'conversation-flow': 'The flow of the conversation',
  llm: 'Guessed by the language model',
  unresolved: 'No clue found: the speaker is a guess',
};

/** Why the analysis chose a speaker, in words for the author. */
export function reasonInWords(reason: AttributionReason | null): string {
  return reason ? WORDS[reason] : 'No reason recorded';
}
