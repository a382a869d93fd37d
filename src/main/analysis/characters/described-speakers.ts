import { SPEECH_VERBS } from '../attribution/speech-verbs';
import { narrationRanges, type ParagraphModel } from '../paragraph-model';
import { FUNCTION_WORDS } from './name-words';
import { ANAPHORIC_NOUNS, GENERIC_HEADS } from './person-nouns';

const MIN_TAGS = 2;
const MAX_WORDS = 3;

function phraseFrom(words: string[]): string | null {
  const kept: string[] = [];
  for (const w of words.slice(0, MAX_WORDS)) {
    if (FUNCTION_WORDS.has(w) || SPEECH_VERBS.has(w) || (w.length > 4 && w.endsWith('ly'))) break;
    kept.push(w);
  }
  const head = kept[kept.length - 1];
  if (!head || ANAPHORIC_NOUNS.has(head) || GENERIC_HEADS.has(head) || kept.some((w) => ANAPHORIC_NOUNS.has(w))) return null;
  return kept.join(' ');
}

/**
 * Speakers known only by a description that the narration keeps using in speech tags: `called the
 * croupier`, `said the old woman`, `the stranger replied`. Each description used in at least two
 * tags becomes a role of the cast (`The Croupier`). Returns the lower-case phrases with their counts.
 */
export function findDescribedSpeakers(paragraphs: ParagraphModel[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of paragraphs) {
    if (p.spans.length === 0) continue;
    for (const [from, to] of narrationRanges(p)) {
      const narration = p.text.slice(from, to);
      // A description starts at `the`: narration without those letters has none, and is not split.
      if (!narration.includes('the')) continue;
      const words = narration.split(/[^\p{L}'\u2019-]+/u).filter(Boolean);
      for (let k = 0; k < words.length; k++) {
        if (words[k] !== 'the') continue;
        const before = (words[k - 1] ?? '').toLowerCase();
        let phrase: string | null = null;
        if (SPEECH_VERBS.has(before)) phrase = phraseFrom(words.slice(k + 1, k + 1 + MAX_WORDS));
        else {
          for (let n = 1; n <= MAX_WORDS && !phrase; n++) {
            if (SPEECH_VERBS.has((words[k + 1 + n] ?? '').toLowerCase())) {
              const candidate = words.slice(k + 1, k + 1 + n);
              const p2 = phraseFrom(candidate);
              if (p2 && p2.split(' ').length === n) phrase = p2;
            }
          }
        }
        if (phrase && /^[\p{Ll} ]+$/u.test(phrase)) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
      }
    }
  }
  for (const [k, v] of counts) if (v < MIN_TAGS) counts.delete(k);
  return counts;
}
