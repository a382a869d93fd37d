import { FUNCTION_WORDS, LONE_NON_NAMES, NAME_PARTICLES } from './name-words';
import { forEachWord, isSpaceCode } from '../text-scan';
import { titleOf, type Title } from './titles';

/** A capitalised name in a text: `Mr. Bennet`, `the Mock Turtle`, `Elizabeth's`. */
export interface NameMention {
  start: number;
  end: number;
  title: Title | null;
  /** The name without its title: `['Catherine', 'de', 'Bourgh']`. */
  words: string[];
  /** Preceded by `the` (`the Hatter`, `the General`). */
  determiner: boolean;
  /** First word of a sentence or of a quotation, where any word is capitalised. */
  sentenceInitial: boolean;
  possessive: boolean;
  /** `formKey` of the title and words, kept up to date by whoever changes them. */
  key: string;
}

/** Particles that may open a name (`cried de Griers`, `van Helsing`). */
const LEADING_PARTICLES = new Set(['de', 'du', 'des', 'da', 'di', 'del', 'della', 'van', 'von', 'le', 'la']);
const LEADING_PARTICLE_INITIALS = new Set([...LEADING_PARTICLES].map((p) => p.charCodeAt(0)));
const ADJECTIVES = new Set(['old', 'young', 'little', 'poor', 'dear', 'good', 'great', 'sweet', 'fine']);
const ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Mlle', 'Mme', 'Messrs', 'Mons', 'Rev']);

function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Runs of capitalised words (with name particles and abbreviated titles between them) as token lists. */
function capitalisedRuns(text: string, visit: (tokens: string[], offsets: number[]) => void): void {
  let tokens: string[] = [];
  let offsets: number[] = [];
  let pendingParticles: Array<[string, number]> = [];
  let lastEnd = 0;
  const flush = (): void => {
    if (tokens.length > 0) visit(tokens, offsets);
    tokens = [];
    offsets = [];
    pendingParticles = [];
  };
  forEachWord(text, 0, text.length, (s, e) => {
    const first = text.charCodeAt(s);
    const capital = isUpperCode(first);
    const idle = tokens.length === 0 && pendingParticles.length === 0;
    // Most words are lower case and far from any name: leave them before any string is made.
    if (!capital && (e - s > 5 || (idle && !LEADING_PARTICLE_INITIALS.has(first)))) {
      if (!idle) flush();
      lastEnd = e;
      return;
    }
    let joined = !idle && s > lastEnd;
    for (let k = lastEnd; joined && k < s; k++) if (!isSpaceCode(text.charCodeAt(k))) joined = false;
    let word = text.slice(s, e);
    const dotted = text.charCodeAt(e) === 46 && (ABBREVIATIONS.has(word) || (e - s === 1 && capital && isUpperCode(text.charCodeAt(e + 2))));
    if (dotted) word += '.';
    if (capital) {
      if (!joined) flush();
      for (const [pw, po] of pendingParticles) {
        tokens.push(pw);
        offsets.push(po);
      }
      pendingParticles = [];
      tokens.push(word);
      offsets.push(s);
    } else if (((joined && tokens.length > 0) || (tokens.length === 0 && LEADING_PARTICLES.has(word))) && NAME_PARTICLES.has(word) && pendingParticles.length < 2) {
      pendingParticles.push([word, s]);
    } else {
      flush();
    }
    lastEnd = dotted ? e + 1 : e;
  });
  flush();
}

/** Characters after which the next word starts a sentence or a quotation. */
const SENTENCE_START = new Set(['.', '!', '?', ':', ';', '\u2014', '"', '\u201c', '\u201d', '\u2018', "'", '(', '\u00ab', '\u00bb', '\u201e']);

/** The key of a name's form: title and words, lower case (`mr. bennet`). */
export function formKey(title: Title | null, words: string[]): string {
  return `${title ? `${title.canonical} ` : ''}${words.join(' ')}`.toLowerCase();
}

function lower(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

function isSentenceInitial(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && /\s/.test(text[k] ?? '')) k--;
  if (k < 0) return true;
  const c = text[k] ?? '';
  return SENTENCE_START.has(c) || (c === '-' && text[k - 1] === '-');
}

/**
 * Finds the capitalised names in a text. Function words at either end are dropped (`But Elizabeth`
 * is `Elizabeth`), a leading `The` becomes the determiner, a title is separated from the name,
 * and a possessive `'s` is taken off.
 */
export function scanNames(text: string): NameMention[] {
  const out: NameMention[] = [];
  capitalisedRuns(text, (tokens, offsets) => {
    let start = offsets[0] ?? 0;
    let determiner = false;
    while (tokens.length > 0 && (FUNCTION_WORDS.has(lower(tokens[0] ?? '')) || (NAME_PARTICLES.has(tokens[0] ?? '') && !(LEADING_PARTICLES.has(tokens[0] ?? '') && tokens.length > 1)))) {
      if (lower(tokens[0] ?? '') === 'the') determiner = true;
      tokens.shift();
      offsets.shift();
    }
    while (tokens.length > 0 && (FUNCTION_WORDS.has(lower(tokens[tokens.length - 1] ?? '')) || NAME_PARTICLES.has(tokens[tokens.length - 1] ?? ''))) {
      tokens.pop();
      offsets.pop();
    }
    // `Dear Lizzy`, `Poor Jane`, `Old Stephen`: the adjective is not part of the name.
    while (tokens.length > 1 && LONE_NON_NAMES.has(lower(tokens[0] ?? '')) && !titleOf(tokens[0] ?? '') && (ADJECTIVES.has(lower(tokens[0] ?? '')) || isSentenceInitial(text, offsets[0] ?? 0))) {
      tokens.shift();
      offsets.shift();
    }
    // A function word inside (`Jane But`) means two sequences that only looked joined.
    const cut = tokens.findIndex((t) => FUNCTION_WORDS.has(lower(t)));
    if (cut > 0) {
      tokens.length = cut;
      offsets.length = cut;
    }
    if (tokens.length === 0) return;
    start = offsets[0] ?? start;
    const lastIndex = tokens.length - 1;
    let last = tokens[lastIndex] ?? '';
    let possessive = false;
    const poss = /['\u2019]s?$/.exec(last);
    if (poss && last.length > poss[0].length) {
      possessive = true;
      last = last.slice(0, -poss[0].length);
      tokens[lastIndex] = last;
    }
    const end = (offsets[lastIndex] ?? start) + last.length;
    if (!determiner) {
      const before = text.slice(Math.max(0, start - 4), start);
      determiner = /\bthe\s$/i.test(before);
    }
    let title: Title | null = null;
    const first = titleOf(tokens[0] ?? '');
    if (first && tokens.length > 1) {
      title = first;
      tokens.shift();
    }
    if (tokens.every((t) => /^\p{Lu}\.$/u.test(t))) return;
    if (tokens.length === 1 && /\.$/.test(tokens[0] ?? '') && titleOf(tokens[0] ?? '')) return;
    out.push({ start, end, title, words: tokens, determiner, sentenceInitial: isSentenceInitial(text, start), possessive, key: formKey(title, tokens) });
  });
  return out;
}
