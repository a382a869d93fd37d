import { isSpeechVerb } from '../attribution/speech-verbs';
import type { ParagraphDialogue } from './find-dialogue';
import type { QuoteSpan } from './pair-quote-marks';

/**
 * Letters, notes, newspaper columns and other written documents are printed in quotation marks
 * but are not spoken lines: the narrator reads them. They are recognised by a salutation or a
 * signature paragraph, by an introduction that speaks of reading or writing (`I read:`, `as
 * follows:`), or by a tag that says how a text runs (`the document ran`).
 */
const SALUTATION = /^(?:my\s+)?(?:dear|dearest|sir|madam|madame|gentlemen|mademoiselle|monsieur)\b[^.!?]{0,40}[,:]$/i;
const VALEDICTION = /^(?:(?:ever|always|very)\s+)?(?:yours|your's|your\s+(?:affectionate|faithful|loving|obedient|sincere|humble|devoted)|believe\s+me|sincerely|faithfully|affectionately|with\s+love)\b/i;
const SIGNATURE = /^[\p{Lu}\s.'-]{3,40}\.?$/u;
const DOCUMENT_CUE =
  /\b(?:letter|note|notes|card|document|newspaper|advertisement|notice|telegram|message|inscription|label|postscript|extract|column|headed|indited|printed|in these words|as follows|the following|following|ran|runs|read|reads|wrote|written|effect)\b/i;
/** Introductions that announce a text whatever punctuation ends them. */
const STRONG_CUE = /\b(?:as follows|to this effect|to the following effect|in these words|ran thus|runs thus|read on|read as follows|thus written|postscript)\b/i;
const WRITTEN = 'document|letter|note|paper|newspaper|card|telegram|message|notice|advertisement|article|column|journal|gazette|standard|times|chronicle|herald|post|telegraph|mail|observer';
const THING_TAG = new RegExp(`^\\W*(it|the\\s+(?:${WRITTEN}))\\s+(?:\\w+\\s+)?(\\w+)`, 'i');
const THING_VERBS = /^(?:ran|runs|read|reads)$/i;
/** Verbs that make a text talk (`it said`, `said the paper`): a document only when a text is about. */
const TALKING_VERBS = /^(?:said|says|remarked|remarks|continued|continues|added|adds|stated|states|observed|announced|declared|went)$/i;
const INVERTED_TAG = new RegExp(`^\\W*(?:said|says|remarked|continued|added|stated|observed|announced|declared)\\s+the\\s+(?:${WRITTEN})\\b`, 'i');
/** Narration that puts a text in someone's hands. */
const READING_CUE = /\b(?:document|letter|paper|newspaper|telegram|journal|gazette|article|column|advertisement|read|reading|opening|opened|unfolded|headed|printed)\b/i;

function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

const INTRODUCTION_END = /[\s:.,;\u2014-]/;

/** The last sentence of a narration fragment, where an introduction to a quote would be. */
function lastSentence(text: string): string {
  // Spaces and punctuation are taken off the end one character at a time: an end-anchored regex
  // would try every position of a long narration.
  let end = text.length;
  while (end > 0 && INTRODUCTION_END.test(text[end - 1] ?? '')) end--;
  const trimmed = text.slice(0, end);
  const cut = Math.max(trimmed.lastIndexOf('. '), trimmed.lastIndexOf('! '), trimmed.lastIndexOf('? '), trimmed.lastIndexOf('"'));
  return cut >= 0 ? trimmed.slice(cut + 1) : trimmed;
}

/**
 * Whether a narration fragment introduces a document: its last sentence holds no speech verb and
 * either announces a text (`as follows`, `to this effect`) or ends with a colon and speaks of
 * reading or writing (`In Polina's handwriting I read:`).
 */
function introducesDocument(narration: string): boolean {
  const sentence = lastSentence(narration);
  if (!STRONG_CUE.test(sentence) && !(/:[\s\u2014-]*$/.test(narration) && DOCUMENT_CUE.test(sentence))) return false;
  const list = words(sentence);
  return !list.some((w, k) => isSpeechVerb(w, list[k + 1] ?? ''));
}

function isWholeQuote(text: string, d: ParagraphDialogue): boolean {
  if (d.spans.length !== 1) return false;
  const span = d.spans[0];
  if (!span) return false;
  return /^[\s\p{P}]*$/u.test(text.slice(0, span.start)) && /^[\s\p{P}]*$/u.test(text.slice(span.end));
}

function isSalutation(text: string, d: ParagraphDialogue): boolean {
  const span = d.spans[0];
  return span !== undefined && isWholeQuote(text, d) && SALUTATION.test(text.slice(span.start, span.end).trim());
}

const MAX_CLOSING_WORDS = 8;
const SPACES = /\s+/g;

/** Whether a text has at most `max` words, counted without splitting a long text. */
function hasAtMostWords(trimmed: string, max: number): boolean {
  SPACES.lastIndex = 0;
  let gaps = 0;
  while (SPACES.test(trimmed)) if (++gaps >= max) return false;
  return true;
}

const CLOSING_EDGE = /[\s"\u201c\u201d']/;

function isClosing(text: string): boolean {
  // Without the spaces and quotation marks at either end, found from the ends inwards.
  let from = 0;
  let to = text.length;
  while (from < to && CLOSING_EDGE.test(text[from] ?? '')) from++;
  while (to > from && CLOSING_EDGE.test(text[to - 1] ?? '')) to--;
  const t = text.slice(from, to);
  return hasAtMostWords(t, MAX_CLOSING_WORDS) && (VALEDICTION.test(t) || (SIGNATURE.test(t) && /\p{Lu}{3}/u.test(t)));
}

/**
 * Marks the paragraphs whose quotations are documents, and empties their spans. `texts` and
 * `dialogue` are one chapter's paragraphs and what `findDialogue` found in them.
 */
export function dropDocuments(texts: string[], dialogue: ParagraphDialogue[]): void {
  const n = texts.length;
  const doc = new Uint8Array(n);
  const chainStart = (p: number): number => {
    let k = p;
    while (k > 0 && dialogue[k]?.continuesPrevious) k--;
    return k;
  };
  const chainEnd = (p: number): number => {
    let k = p;
    while (k + 1 < n && dialogue[k]?.continuesNext) k++;
    return k;
  };
  const mark = (from: number, to: number): void => {
    for (let k = from; k <= to; k++) doc[k] = 1;
  };
  const whole = (k: number): boolean => {
    const d = dialogue[k];
    return d !== undefined && isWholeQuote(texts[k] ?? '', d);
  };
  // A letter runs from its salutation to its signature through paragraphs that are all quotation;
  // without a signature, to the end of the quotation that follows the salutation.
  const letterEnd = (p: number): number => {
    for (let k = p + 1; k < n && k - p <= 60 && whole(k); k++) if (isClosing(texts[k] ?? '')) return k;
    return chainEnd(dialogue[p]?.continuesNext || !whole(p + 1) ? p : p + 1);
  };
  for (let p = 0; p < n; p++) {
    const d = dialogue[p];
    const text = texts[p] ?? '';
    if (!d || d.spans.length === 0) continue;
    const first = d.spans[0];
    if (!first) continue;
    const before = text.slice(0, Math.max(0, first.openMark >= 0 ? first.openMark : first.start));
    const previous = p > 0 ? trailingNarration(texts[p - 1] ?? '', dialogue[p - 1]) : '';
    const intro = before.trim().length > 0 ? before : d.continuesPrevious ? '' : previous;
    if (intro && introducesDocument(intro)) mark(p, chainEnd(p));
    if (p > 0 && !d.continuesPrevious && whole(p) && readsOut(texts[p - 1] ?? '', dialogue[p - 1], text, first)) mark(p, chainEnd(p));
    if (thingTag(text, d, previous, before)) mark(chainStart(p), chainEnd(p));
    if (isSalutation(text, d)) mark(p, letterEnd(p));
    if (isWholeQuote(text, d) && isClosing(text)) {
      // A signature closes a letter whose paragraphs may each be quoted and closed on their own.
      let k = chainStart(p);
      while (k > 0 && p - k < 60 && whole(k - 1) && !doc[k - 1]) k--;
      mark(k, p);
    }
  }
  for (let p = 0; p < n; p++) {
    const d = dialogue[p];
    if (doc[p] && d) {
      d.spans = [];
      d.continuesPrevious = false;
      d.continuesNext = false;
    }
  }
}

/** A speaker announcing that they will read a text out: `I will read it to you--`, `Pray read on.` */
const READS_OUT = /\bread\s+(?:(?:it|this|them)\s+)?(?:to\s+you|you|aloud|out|on)\b/i;
const MIN_DOCUMENT_WORDS = 20;

/**
 * A paragraph that is all quotation, right after a speech whose end announces a reading, is the text
 * being read (a letter read out to the listener), not a reply. The announcement is a statement, not
 * a question (`Shall I read it to you?` is answered), and a reply is short where a read text is not.
 */
function readsOut(previousText: string, previous: ParagraphDialogue | undefined, text: string, span: QuoteSpan): boolean {
  const last = previous?.spans[previous.spans.length - 1];
  if (!last || !/^[\s\p{P}]*$/u.test(previousText.slice(last.closeMark >= 0 ? last.closeMark + 1 : last.end))) return false;
  const speech = previousText.slice(last.start, last.end).trimEnd();
  if (/\?$/.test(speech) || !READS_OUT.test(speech.slice(-120))) return false;
  return text.slice(span.start, span.end).split(/\s+/).length >= MIN_DOCUMENT_WORDS;
}

function trailingNarration(text: string, d: ParagraphDialogue | undefined): string {
  const last = d?.spans[d.spans.length - 1];
  if (!last) return text;
  const end = last.closeMark >= 0 ? last.closeMark + 1 : last.end;
  return text.slice(end);
}

/**
 * A tag that makes a text the speaker: `the document ran`, `it read`, and, when the narration
 * just before speaks of a text, `it said` or `said the paper`. Without that, `it said` is more
 * likely an animal or a child.
 */
function thingTag(text: string, d: ParagraphDialogue, previous: string, before: string): boolean {
  // Asked only when a talking tag is found: most quotes have none, and the narration need not be joined.
  const aboutText = (): boolean => READING_CUE.test(`${previous} ${before}`.slice(-300));
  for (const span of d.spans) {
    const after = text.slice(span.closeMark >= 0 ? span.closeMark + 1 : span.end, span.end + 50);
    const m = THING_TAG.exec(after);
    const verb = m?.[2] ?? '';
    if (m && THING_VERBS.test(verb)) return true;
    if (((m && TALKING_VERBS.test(verb)) || INVERTED_TAG.test(after)) && aboutText()) return true;
  }
  return false;
}
