import { isSpeechParticiple, isSpeechVerb } from '../attribution/speech-verbs';
import type { QuoteSpan } from './pair-quote-marks';

const MAX_SCARE_WORDS = 4;
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
  const inner = text.slice(span.start, span.end);
  const words = inner.split(/\s+/).filter(Boolean);
  const open = span.openMark >= 0 ? span.openMark : span.start;
  const before = text.slice(Math.max(0, open - 120), open).trimEnd();
  if (isFirstInParagraph && open === 0) return false;
  if (isFirstInParagraph && before.length === 0 && text.slice(0, open).trim() === '') return false;
  if (isEmbedded(before)) return true;
  if (isTitle(words, before)) return true;
  if (words.length > MAX_SCARE_WORDS || ENDS_LIKE_SPEECH.test(inner)) return false;
  if (/[:,]$/.test(before) && speechVerbNear(before.slice(-40), 'end')) return false;
  const after = text.slice(span.closeMark >= 0 ? span.closeMark + 1 : span.end, span.end + 60);
  if (speechVerbNear(after, 'start')) return false;
  if (speechVerbNear(before.slice(-30), 'end')) return false;
  return true;
}

function speechVerbNear(fragment: string, where: 'start' | 'end'): boolean {
  const words = fragment.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const window = where === 'start' ? words.slice(0, 3) : words.slice(-3);
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
  const words = before.slice(-60).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const tail = words.slice(-6);
  return !tail.some((w, k) => speaks(w, tail[k + 1] ?? ''));
}

/** Title case after a preposition or article (`By the Author of "Sense and Sensibility."`). */
function isTitle(words: string[], before: string): boolean {
  if (words.length === 0 || words.length > 6) return false;
  const content = words.filter((w) => w.replace(/\P{L}/gu, '').length > 3);
  return content.length > 0 && content.every((w) => /^\P{L}*\p{Lu}/u.test(w)) && /\b(?:of|in|by|the|a|entitled|called|named)$/i.test(before);
}
