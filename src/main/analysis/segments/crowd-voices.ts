import { isSpeechVerb } from '../attribution/speech-verbs';
import type { QuoteSpan } from './pair-quote-marks';

/**
 * Narration that puts a quote in the mouths of many at once, overheard rather than spoken to anyone:
 * `the sound of a good many voices all talking together: she made out the words:`, `another
 * confusion of voices--`, `calling out in a confused way`. Nobody in particular speaks such a
 * quote, so it is no character's line. Voices that call out to someone (`a few stern voices called
 * out`) or a chorus that answers together are speakers, and stay.
 */
const CONFUSED = /\bconfus(?:ion|ed)\b/i;
const VOICES = /\bvoices\b/i;
const OVERHEARD = /\b(?:sound|sounds|talking|made out|heard|hear|murmur|hubbub|babble)\b/i;

function manyVoices(narration: string): boolean {
  return CONFUSED.test(narration) || (VOICES.test(narration) && OVERHEARD.test(narration));
}

/** The narration a quote follows in its paragraph, back to the previous quote or sentence end. */
function introduction(text: string, from: number, openAt: number): string {
  const before = text.slice(from, openAt);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  return cut >= 0 ? before.slice(cut + 2) : before;
}

function namesSpeaker(narration: string): boolean {
  const words = narration.match(/\p{L}+/gu) ?? [];
  return words.some((w, k) => /^\p{Lu}/u.test(w) || isSpeechVerb(w.toLowerCase(), (words[k + 1] ?? '').toLowerCase()));
}

/**
 * Which of a paragraph's quotes are the talk of a crowd: those introduced by narration about many
 * voices, and the quotes that follow one of them with only narration between that names nobody and
 * no act of speaking (`(a loud crash)--`).
 */
export function crowdQuotes(text: string, spans: QuoteSpan[]): boolean[] {
  const out: boolean[] = [];
  let cursor = 0;
  spans.forEach((span, k) => {
    const openAt = span.openMark >= 0 ? span.openMark : span.start;
    const between = text.slice(cursor, openAt);
    const follows = k > 0 && out[k - 1] === true && !namesSpeaker(between);
    out.push(span.openMark >= 0 && (follows || manyVoices(introduction(text, cursor, openAt))));
    cursor = span.closeMark >= 0 ? span.closeMark + 1 : span.end;
  });
  return out;
}
