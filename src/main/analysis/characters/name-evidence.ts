import { SPEECH_VERBS, isSpeechVerb } from '../attribution/speech-verbs';
import { LONE_NON_NAMES, PLACE_PREPOSITIONS } from './name-words';
import type { NameMention } from './scan-names';
import { titleOf } from './titles';
import { firstLetterRuns, lastLetterRuns, letterBefore } from '../text-scan';

/** What the text says about one written form of a name (`Mr. Bennet`, `Lizzy`, `the Hatter`). */
export interface NameForm {
  key: string;
  title: NameMention['title'];
  words: string[];
  count: number;
  /** Not at the start of a sentence or quotation, where capitals say nothing. */
  midSentence: number;
  inNarration: number;
  withDeterminer: number;
  /** Next to a speech verb in narration: `said Jane`, `Jane replied`. */
  speechTags: number;
  /** After `at`, `in`, `from`...: a place. */
  afterPlacePreposition: number;
  possessive: number;
  /** Written in capitals (`KANGA` in a heading, `DRINK ME`). */
  allCaps: number;
  /** Set off by commas inside a quotation: `"Yes, Lizzy."` */
  vocative: number;
}


const PLACE_NOUNS = new Set([
  'park', 'street', 'road', 'lane', 'square', 'hall', 'house', 'lodge', 'court', 'place', 'hill', 'wood', 'woods', 'abbey',
  'castle', 'church', 'bridge', 'river', 'lake', 'town', 'city', 'row', 'terrace', 'gardens', 'garden', 'station', 'hotel', 'inn',
  'island', 'islands', 'bay', 'gate', 'cross', 'common', 'heath', 'manor', 'farm', 'cottage', 'chapel', 'college', 'school',
  'hospital', 'club', 'theatre', 'museum', 'embassy', 'casino', 'forest', 'mountain', 'mountains', 'valley', 'county', 'shire',
  'ocean', 'sea', 'street', 'avenue', 'hotel', 'kingdom', 'empire', 'republic', 'palace', 'cathedral', 'wharf', 'dock', 'docks',
  'office', 'bank', 'company', 'gazette', 'times', 'post', 'news', 'review', 'magazine', 'journal', 'society',
]);

function isCapitals(w: string): boolean {
  // Most names have a lower-case second letter: that answers before any string is built.
  if (w.length > 1) {
    const second = w.charCodeAt(1);
    if (second >= 97 && second <= 122) return false;
  }
  return /^\p{Lu}{2,}$/u.test(w.replace(/[.'\u2019-]/g, ''));
}

/** The length of the letter, apostrophe or hyphen ending just before `i` (see `letterBefore`), or 0. */
function wordCharBefore(text: string, i: number, start: number): number {
  const c = text.charCodeAt(i - 1);
  return c === 39 || c === 45 ? 1 : letterBefore(text, i, start);
}

/**
 * Whether the word before a mention is `at`, `in`, `from`...: `at Longbourn`. The word is the run
 * of letters, apostrophes and hyphens around the last letter of the 30 characters before.
 */
function followsPlacePreposition(text: string, start: number): boolean {
  const from = Math.max(0, start - 30);
  let end = start;
  while (end > from && letterBefore(text, end, from) === 0) end--;
  if (end === from) return false;
  let wordStart = end;
  while (wordStart > from) {
    const n = wordCharBefore(text, wordStart, from);
    if (n === 0) break;
    wordStart -= n;
  }
  while (end < start && (text.charCodeAt(end) === 39 || text.charCodeAt(end) === 45)) end++;
  return PLACE_PREPOSITIONS.has(text.slice(wordStart, end).toLowerCase());
}

const TAG_AUXILIARIES = new Set(['had', 'would']);

/** Whether a mention in narration stands next to a speech verb (`said Jane`, `Jane replied`, `Jane quickly said`, `Jane had only said`). */
function isTagged(text: string, m: NameMention): boolean {
  const before = lastLetterRuns(text.slice(Math.max(0, m.start - 40), m.start).toLowerCase(), 2);
  const b1 = before[before.length - 1] ?? '';
  const b2 = before[before.length - 2] ?? '';
  if (isSpeechVerb(b1, '') || (m.determiner && b1 === 'the' && isSpeechVerb(b2, ''))) return true;
  const after = text.slice(m.end, m.end + 40).toLowerCase();
  const [a1 = ''] = firstLetterRuns(after, 1);
  // Most names are followed by a word that rules a tag out; the words after it are read only when it may not.
  if (!SPEECH_VERBS.has(a1) && !/ly$/.test(a1) && !TAG_AUXILIARIES.has(a1)) return false;
  const [, a2 = '', a3 = '', a4 = ''] = firstLetterRuns(after, 4);
  if (isSpeechVerb(a1, a2)) return true;
  if (/ly$/.test(a1) && isSpeechVerb(a2, a3)) return true;
  // `the Clown had only said`, `Blanche would say`: an auxiliary and perhaps an adverb before the verb.
  if (!TAG_AUXILIARIES.has(a1)) return false;
  return isSpeechVerb(a2, a3) || ((/ly$/.test(a2) || a2 === 'only' || a2 === 'just') && isSpeechVerb(a3, a4));
}

/** Records one mention into the table of forms. */
export function recordMention(forms: Map<string, NameForm>, text: string, m: NameMention, inQuote: boolean): void {
  const key = m.key;
  let f = forms.get(key);
  if (!f) {
    f = { key, title: m.title, words: m.words, count: 0, midSentence: 0, inNarration: 0, withDeterminer: 0, speechTags: 0, afterPlacePreposition: 0, possessive: 0, allCaps: 0, vocative: 0 };
    forms.set(key, f);
  }
  if (m.words.some(isCapitals)) f.allCaps++;
  else if (f.words.some(isCapitals)) f.words = m.words;
  f.count++;
  if (!m.sentenceInitial) f.midSentence++;
  if (m.determiner) f.withDeterminer++;
  if (m.possessive) f.possessive++;
  if (followsPlacePreposition(text, m.start)) f.afterPlacePreposition++;
  if (inQuote) {
    const before = text.slice(Math.max(0, m.start - 2), m.start);
    const after = text[m.end] ?? '';
    if ((/[,"\u201c\u2018']\s?$/.test(before) || /dear(?:est)?\s$/i.test(text.slice(Math.max(0, m.start - 8), m.start))) && /[,!?.;\u2014"\u201d]/.test(after)) f.vocative++;
  } else {
    f.inNarration++;
    if (isTagged(text, m)) f.speechTags++;
  }
}

/**
 * Whether a form is a person's name. Capitals prove little at the start of a sentence, a word
 * also written in lower case is a common noun, a word after `at` or `in` is a place, and a plural
 * of a surname is a family. A lone word needs evidence of a person: a speech tag, a possessive or
 * a vocative; a description with `the` must speak or be a title (`the Hatter`, `the Queen`).
 */
export function isPersonName(f: NameForm, lowerCaseCount: (word: string) => number, nameWordCount: (word: string) => number): boolean {
  if (f.allCaps * 2 >= f.count) return false;
  const last = (f.words[f.words.length - 1] ?? '').toLowerCase();
  if (last.replace(/\P{L}/gu, '').length < 2) return false;
  if ((f.words.length > 1 || last.includes('-')) && PLACE_NOUNS.has(last.split('-').pop() ?? last)) return false;
  // `the Bennets`, `the Miss Lucases`: a family, not a person.
  const singular = Math.max(last.endsWith('es') ? nameWordCount(last.slice(0, -2)) : 0, last.endsWith('s') ? nameWordCount(last.slice(0, -1)) : 0);
  if (singular > f.count) return false;
  if (f.midSentence === 0 && f.speechTags === 0 && !f.title) return false;
  const role = !f.title && f.withDeterminer * 2 >= f.count;
  if (role) return f.speechTags >= 1 || titleOf(f.words[0] ?? '') !== undefined;
  if (!f.title && f.words.length === 1 && (LONE_NON_NAMES.has(last) || titleOf(last))) return false;
  if (f.speechTags >= 2) return true;
  const placeLike = f.afterPlacePreposition >= Math.max(1, 0.3 * f.count) && f.speechTags === 0 && f.vocative === 0;
  if (!f.title && f.words.length === 1) {
    const lowerCount = lowerCaseCount(last);
    if (lowerCount > f.midSentence) return f.speechTags >= 1 && lowerCount < 4 * f.midSentence;
    if (placeLike) return false;
    return f.speechTags >= 1 || f.possessive >= 1 || f.vocative >= 2;
  }
  if (f.title) return f.title.canonical !== 'St.' && f.title.canonical !== 'Saint';
  return !placeLike && (f.count >= 2 || f.speechTags >= 1);
}
