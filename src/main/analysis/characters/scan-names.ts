import { FUNCTION_WORDS, LONE_NON_NAMES, NAME_PARTICLES } from './name-words';
import { isSpaceCode, isWhiteSpaceCode, wordBounds } from '../text-scan';
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

/** A run of capitalised words: the words (an abbreviation with its dot) and where each starts. */
interface Run {
  tokens: string[];
  offsets: number[];
}

/**
 * Collects runs of capitalised words (with name particles and abbreviated titles between them),
 * fed one word at a time.
 */
class RunCollector {
  /** The finished runs, in order. */
  readonly runs: Run[] = [];
  private tokens: string[] = [];
  private offsets: number[] = [];
  private pendingParticles: Array<[string, number]> = [];
  private lastEnd = 0;

  constructor(private readonly text: string) {}

  /** No run or particle is pending: a plain lower-case word changes nothing. */
  get idle(): boolean {
    return this.tokens.length === 0 && this.pendingParticles.length === 0;
  }

  add(s: number, e: number): void {
    const text = this.text;
    const first = text.charCodeAt(s);
    const capital = isUpperCode(first);
    const idle = this.idle;
    // A lower-case word that cannot be a particle ends what is pending, before any string is made.
    if (!capital && (e - s > 5 || (idle && !LEADING_PARTICLE_INITIALS.has(first)))) {
      if (!idle) this.flush();
      this.lastEnd = e;
      return;
    }
    let joined = !idle && s > this.lastEnd;
    for (let k = this.lastEnd; joined && k < s; k++) if (!isSpaceCode(text.charCodeAt(k))) joined = false;
    let word = text.slice(s, e);
    // Bounds are tested before reading: a read past the end would deoptimise this hot code.
    const dotted = e < text.length && text.charCodeAt(e) === 46 && (ABBREVIATIONS.has(word) || (e - s === 1 && capital && e + 2 < text.length && isUpperCode(text.charCodeAt(e + 2))));
    if (dotted) word += '.';
    if (capital) {
      if (!joined) this.flush();
      if (this.pendingParticles.length > 0) {
        for (const [pw, po] of this.pendingParticles) {
          this.tokens.push(pw);
          this.offsets.push(po);
        }
        this.pendingParticles = [];
      }
      this.tokens.push(word);
      this.offsets.push(s);
    } else if (((joined && this.tokens.length > 0) || (this.tokens.length === 0 && LEADING_PARTICLES.has(word))) && NAME_PARTICLES.has(word) && this.pendingParticles.length < 2) {
      this.pendingParticles.push([word, s]);
    } else {
      this.flush();
    }
    this.lastEnd = dotted ? e + 1 : e;
  }

  flush(): void {
    if (this.tokens.length === 1 && FUNCTION_WORDS.has(lower(this.tokens[0] ?? ''))) {
      // A lone `The`, `She` or `I` names no one (`mentionOf` would drop it): the lists are reused.
      this.tokens.length = 0;
      this.offsets.length = 0;
    } else if (this.tokens.length > 0) {
      this.runs.push({ tokens: this.tokens, offsets: this.offsets });
      this.tokens = [];
      this.offsets = [];
    }
    if (this.pendingParticles.length > 0) this.pendingParticles = [];
  }
}

/**
 * The runs of capitalised words of a text, from its word bounds. While no run is pending, most
 * words (lower case, and long or not starting like a particle) cannot start one and are passed
 * over in this loop alone, which stays small and is optimised early; the collector sees the rest.
 */
function capitalisedRuns(text: string, words: Int32Array): Run[] {
  const runs = new RunCollector(text);
  // Only the collector changes whether a run is pending, so this is asked after each word it sees.
  let idle = true;
  for (let k = 0; k + 1 < words.length; k += 2) {
    const s = words[k] ?? 0;
    const e = words[k + 1] ?? 0;
    const first = text.charCodeAt(s);
    const lowerAscii = first >= 97 && first <= 122;
    if (idle && (lowerAscii || !isUpperCode(first)) && (e - s > 5 || !LEADING_PARTICLE_INITIALS.has(first))) continue;
    runs.add(s, e);
    idle = runs.idle;
  }
  runs.flush();
  return runs.runs;
}

/** Characters after which the next word starts a sentence or a quotation. */
const SENTENCE_START = new Set(['.', '!', '?', ':', ';', '\u2014', '"', '\u201c', '\u201d', '\u2018', "'", '(', '\u00ab', '\u00bb', '\u201e']);

/** The key of a name's form: title and words, lower case (`mr. bennet`). */
export function formKey(title: Title | null, words: string[]): string {
  return `${title ? `${title.canonical} ` : ''}${words.join(' ')}`.toLowerCase();
}

/** Lower case without an abbreviation's dot. */
function lower(word: string): string {
  const w = word.toLowerCase();
  return w.endsWith('.') ? w.slice(0, -1) : w;
}

function isSentenceInitial(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && isWhiteSpaceCode(text.charCodeAt(k))) k--;
  if (k < 0) return true;
  const c = text[k] ?? '';
  return SENTENCE_START.has(c) || (c === '-' && text[k - 1] === '-');
}

/**
 * Finds the capitalised names in a text. Function words at either end are dropped (`But Elizabeth`
 * is `Elizabeth`), a leading `The` becomes the determiner, a title is separated from the name,
 * and a possessive `'s` is taken off. `words` are the text's word bounds, when already found.
 */
export function scanNames(text: string, words = wordBounds(text)): NameMention[] {
  const out: NameMention[] = [];
  for (const run of capitalisedRuns(text, words)) {
    const mention = mentionOf(text, run);
    if (mention) out.push(mention);
  }
  return out;
}

/** The name a run of capitalised words holds, if any (the run's lists become the mention's). */
function mentionOf(text: string, { tokens, offsets }: Run): NameMention | null {
  let start = offsets[0] ?? 0;
  let determiner = false;
  while (tokens.length > 0) {
    const head = tokens[0] ?? '';
    const low = lower(head);
    if (!FUNCTION_WORDS.has(low) && !(NAME_PARTICLES.has(head) && !(LEADING_PARTICLES.has(head) && tokens.length > 1))) break;
    if (low === 'the') determiner = true;
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
  if (tokens.length === 0) return null;
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
  if (tokens.every((t) => /^\p{Lu}\.$/u.test(t))) return null;
  if (tokens.length === 1 && /\.$/.test(tokens[0] ?? '') && titleOf(tokens[0] ?? '')) return null;
  return { start, end, title, words: tokens, determiner, sentenceInitial: isSentenceInitial(text, start), possessive, key: formKey(title, tokens) };
}
