import { StudioError } from '../../shared/errors';

export const LEXICON_KINDS = ['alias', 'phoneme'] as const;
export type LexiconKind = (typeof LEXICON_KINDS)[number];

/**
 * One pronunciation: a word or phrase (`grapheme`) said as another spelling (`alias`: "Hermione" →
 * "Her-my-oh-nee") or as IPA phonemes (`phoneme`: "Hermione" → "hɜːˈmaɪəni").
 */
export interface LexiconEntry {
  grapheme: string;
  kind: LexiconKind;
  value: string;
  /** Off: "Reading" also changes "reading". */
  caseSensitive: boolean;
}

const MAX_GRAPHEME = 200;
const MAX_VALUE = 500;

/** Whitespace runs are one space; Unicode composed, so that "é" matches however it was typed. */
export function tidy(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Checks and tidies an entry. Phonemes are IPA: markup characters are refused because engines take
 * them inside SSML and espeak's own phoneme brackets.
 */
export function checkLexiconEntry(entry: LexiconEntry): LexiconEntry {
  const grapheme = tidy(entry.grapheme);
  const value = tidy(entry.value);
  const about = grapheme ? `The pronunciation of “${grapheme.slice(0, 40)}”` : 'A pronunciation';
  if (!(LEXICON_KINDS as readonly string[]).includes(entry.kind)) {
    throw new StudioError('INVALID_LEXICON', `${about} must be a respelling or IPA phonemes.`);
  }
  if (grapheme === '') throw new StudioError('INVALID_LEXICON', 'A pronunciation needs the word or phrase it applies to.');
  if (!/[\p{L}\p{N}\p{S}]/u.test(grapheme)) {
    throw new StudioError('INVALID_LEXICON', `${about} applies to no word: give a word or phrase with letters or digits.`);
  }
  if (grapheme.length > MAX_GRAPHEME) {
    throw new StudioError('INVALID_LEXICON', `${about} is for a phrase of ${grapheme.length} characters; the limit is ${MAX_GRAPHEME}.`);
  }
  if (value === '') throw new StudioError('INVALID_LEXICON', `${about} is empty: give a respelling or IPA phonemes.`);
  if (value.length > MAX_VALUE) throw new StudioError('INVALID_LEXICON', `${about} is ${value.length} characters long; the limit is ${MAX_VALUE}.`);
  if (entry.kind === 'phoneme' && /[<>&[\]{}"]/.test(value)) {
    throw new StudioError('INVALID_LEXICON', `${about} is not IPA: phonemes cannot hold brackets, quotes or markup.`);
  }
  return { grapheme, kind: entry.kind, value, caseSensitive: entry.caseSensitive === true };
}

/** Two entries with the same key are the same word: a project holds one pronunciation for it. */
export function lexiconKey(entry: Pick<LexiconEntry, 'grapheme' | 'caseSensitive'>): string {
  const g = tidy(entry.grapheme);
  return entry.caseSensitive ? `cs:${g}` : `ci:${g.toLowerCase()}`;
}
