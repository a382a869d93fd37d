import { lexiconKey, tidy, type LexiconEntry } from './lexicon';
import { isEnglish, normaliseForSpeech } from './normalise';
import { isWordChar } from './rule';

export interface LexiconMatch {
  /** Offsets in the text matched, including a possessive ending taken along. */
  start: number;
  end: number;
  entry: LexiconEntry;
  /** `'s` after the word ("Tolkien's"): said with the entry, its sound chosen from the last phoneme. */
  possessive: boolean;
}

interface Candidate {
  entry: LexiconEntry;
  /** The length of the written form, for longest-first. */
  length: number;
  pattern: RegExp;
  endsInWord: boolean;
}

/** The first word of a phrase (its letters and digits), or its first other character ("℔"). */
const FIRST_TOKEN = /[\p{L}\p{M}\p{N}]+|\S/uy;
const POSSESSIVE = /['’]s(?![\p{L}\p{M}\p{N}])/uy;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function firstToken(text: string, at: number): string {
  FIRST_TOKEN.lastIndex = at;
  return FIRST_TOKEN.exec(text)?.[0].toLowerCase() ?? '';
}

/**
 * Finds lexicon entries in normalised text the same way for every engine: whole words only, the
 * longest phrase first, and a case-sensitive entry before a case-insensitive one of the same length.
 * An entry is written as in the book ("N.E.", "Dr. Who"); it matches that text and the same text
 * normalised ("N E", "Doctor Who"), since the lexicon applies after normalisation. Entries are
 * indexed by their first word, so a long book costs one lookup per word.
 */
export class LexiconMatcher {
  private readonly byFirstToken = new Map<string, Candidate[]>();
  private readonly possessives: boolean;
  readonly entries: readonly LexiconEntry[];

  constructor(entries: readonly LexiconEntry[], language: string) {
    this.possessives = isEnglish(language);
    const unique = new Map<string, LexiconEntry>();
    for (const entry of entries) if (tidy(entry.grapheme) !== '') unique.set(lexiconKey(entry), entry);
    this.entries = [...unique.values()];
    for (const entry of this.entries) {
      const written = tidy(entry.grapheme);
      const forms = new Set([written, normalisedForm(written, language)]);
      for (const form of forms) if (form !== '') this.add(entry, form);
    }
    for (const list of this.byFirstToken.values()) {
      list.sort((a, b) => b.length - a.length || Number(b.entry.caseSensitive) - Number(a.entry.caseSensitive));
    }
  }

  private add(entry: LexiconEntry, form: string): void {
    const candidate: Candidate = {
      entry,
      length: form.length,
      pattern: new RegExp(escapeRegExp(form).replace(/ /g, '\\s+'), entry.caseSensitive ? 'uy' : 'iuy'),
      endsInWord: isWordChar(form[form.length - 1]),
    };
    const key = firstToken(form, 0);
    const list = this.byFirstToken.get(key);
    if (list) list.push(candidate);
    else this.byFirstToken.set(key, [candidate]);
  }

  /** Non-overlapping matches, left to right. A match never covers an offset in `barriers` (a pause). */
  matches(text: string, barriers: ReadonlyArray<{ start: number; end: number }> = []): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    if (this.byFirstToken.size === 0) return out;
    let i = 0;
    while (i < text.length) {
      const c = text[i]!;
      const wordStart = isWordChar(c) && !isWordChar(text[i - 1]);
      if (!wordStart && (isWordChar(c) || /\s/.test(c))) {
        i++;
        continue;
      }
      const match = this.matchAt(text, i, barriers);
      if (match) {
        out.push(match);
        i = match.end;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The entries that `text` uses, each once, in order of first use: what an audition depends on. */
  entriesUsed(text: string, barriers: ReadonlyArray<{ start: number; end: number }> = []): LexiconEntry[] {
    const used = new Map<string, LexiconEntry>();
    for (const m of this.matches(text, barriers)) {
      const key = lexiconKey(m.entry);
      if (!used.has(key)) used.set(key, m.entry);
    }
    return [...used.values()];
  }

  private matchAt(text: string, at: number, barriers: ReadonlyArray<{ start: number; end: number }>): LexiconMatch | null {
    const candidates = this.byFirstToken.get(firstToken(text, at));
    if (!candidates) return null;
    for (const candidate of candidates) {
      candidate.pattern.lastIndex = at;
      const found = candidate.pattern.exec(text);
      if (!found) continue;
      let end = at + found[0].length;
      if (candidate.endsInWord && isWordChar(text[end])) continue;
      if (barriers.some((b) => b.start < end && b.end > at)) continue;
      let possessive = false;
      if (this.possessives && candidate.endsInWord) {
        POSSESSIVE.lastIndex = end;
        if (POSSESSIVE.test(text)) {
          possessive = true;
          end += 2;
        }
      }
      return { start: at, end, entry: candidate.entry, possessive };
    }
    return null;
  }
}

/**
 * An entry as the normaliser would write it inside a sentence. Alone, "N.E." would end a sentence
 * and keep a stop it never has mid-sentence, so a word is set after it and taken off again.
 */
function normalisedForm(written: string, language: string): string {
  const inContext = tidy(normaliseForSpeech(`${written} and`, { language }).text);
  return inContext.endsWith(' and') ? inContext.slice(0, -4) : tidy(normaliseForSpeech(written, { language }).text);
}

const IPA_MARKS = /(?:[ˈˌːˑ.\s]|\p{M})+$/u;

/** The English possessive after the given phonemes: /ɪz/ after a hiss, /s/ after a voiceless sound, else /z/. */
export function possessiveIpa(phonemes: string): string {
  const bare = phonemes.replace(IPA_MARKS, '');
  if (/(?:s|z|ʃ|ʒ|tʃ|dʒ|ʧ|ʤ)$/u.test(bare)) return 'ɪz';
  if (/[ptkfθ]$/u.test(bare)) return 's';
  return 'z';
}
