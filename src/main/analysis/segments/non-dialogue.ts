import { isSpeechParticiple, isSpeechVerb } from '../attribution/speech-verbs';
import { firstLetterRuns, lastLetterRuns } from '../text-scan';
import type { QuoteSpan } from './pair-quote-marks';

const MAX_SCARE_WORDS = 4;
const MAX_TITLE_WORDS = 6;
/** `what they called "a muddle"`: naming, not speaking, unless `called out`. */
const NAMING_VERBS = new Set(['called', 'calls', 'named', 'termed']);

function speaks(word: string, next: string): boolean {
  if (NAMING_VERBS.has(word) && next !== 'out') return false;
  return isSpeechVerb(word, next) || isSpeechParticiple(word);
}
const ENDS_LIKE_SPEECH = /[.,!?;:\u2026\u2014\u2013-]$/;

/**
 * Whether a quotation inside narration is a title, a word being talked about or a scare quote
 * rather than speech: a few words, not at the start of the paragraph, without the punctuation
 * speech ends with, and with no speech verb on either side (`called it "a muddle"`, `the word
 * "Facts"`, `read "The Times"`). A quotation that continues the sentence around it (`told them
 * that "this old lady has gone out of her mind"`) is a partial quote, not a line.
 */
export function isNonDialogueQuote(text: string, span: QuoteSpan, isFirstInParagraph: boolean): boolean {
  const open = span.openMark >= 0 ? span.openMark : span.start;
  if (isFirstInParagraph && open === 0) return false;
  const before = text.slice(Math.max(0, open - 120), open).trimEnd();
  if (isFirstInParagraph && before.length === 0 && text.slice(0, open).trim() === '') return false;
  if (isEmbedded(before)) return true;
  const inner = text.slice(span.start, span.end);
  // Only short quotes matter below: a long speech is not split into all its words.
  const words = leadingWords(inner, Math.max(MAX_TITLE_WORDS, MAX_SCARE_WORDS) + 1);
  if (isTitle(words, before)) return true;
  if (words.length > MAX_SCARE_WORDS || ENDS_LIKE_SPEECH.test(inner)) return false;
  if (/[:,]$/.test(before) && speechVerbNear(before.slice(-40), 'end')) return false;
  const after = text.slice(span.closeMark >= 0 ? span.closeMark + 1 : span.end, span.end + 60);
  if (speechVerbNear(after, 'start')) return false;
  if (speechVerbNear(before.slice(-30), 'end')) return false;
  return true;
}

const WORD = /\S+/g;

/** The first `max` words of a text (runs between whitespace). */
function leadingWords(text: string, max: number): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  while (out.length < max) {
    const m = WORD.exec(text);
    if (!m) break;
    out.push(m[0]);
  }
  return out;
}

function speechVerbNear(fragment: string, where: 'start' | 'end'): boolean {
  const lower = fragment.toLowerCase();
  const window = where === 'start' ? firstLetterRuns(lower, 3) : lastLetterRuns(lower, 3);
  for (let k = 0; k < window.length; k++) {
    if (speaks(window[k] ?? '', window[k + 1] ?? '')) return true;
  }
  return false;
}

/**
 * The narration before the mark ends in a word, with no speech verb among the last few (`saying to
 * herself "..."` is speech; `the words "DRINK ME"` is not): the quote is part of its sentence.
 */
function isEmbedded(before: string): boolean {
  if (!/[\p{L}]$/u.test(before)) return false;
  // `told them that "..."`: reported speech, whatever the verb.
  if (/\b(?:that|whether|how)$/i.test(before)) return true;
  const tail = lastLetterRuns(before.slice(-60).toLowerCase(), 6);
  return !tail.some((w, k) => speaks(w, tail[k + 1] ?? ''));
}

/** Title case after a preposition or article (`By the Author of "Sense and Sensibility."`). */
function isTitle(words: string[], before: string): boolean {
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  const content = words.filter((w) => w.replace(/\P{L}/gu, '').length > 3);
  return content.length > 0 && content.every((w) => /^\P{L}*\p{Lu}/u.test(w)) && /\b(?:of|in|by|the|a|entitled|called|named)$/i.test(before);
}
