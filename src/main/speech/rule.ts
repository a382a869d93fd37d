import type { NumberStyle } from './english/number-words';

/** What a rule knows besides its match: the whole text, so that it can look around. */
export interface RuleContext {
  source: string;
  language: string;
  style: EnglishStyle;
}

export interface EnglishStyle extends NumberStyle {
  /** "per cent" (British) or "percent" (American). */
  percent: string;
  /** "kilometres" or "kilometers". */
  metre: 'metre' | 'meter';
}

/** A rule's spoken form for `length` characters of the source from where it matched. */
export interface Replacement {
  length: number;
  text: string;
  pauseMs?: number;
  /** Whitespace just before the match belongs to the replacement (a spaced dash is one pause). */
  absorbSpaceBefore?: boolean;
}

/**
 * One kind of thing to say differently. `pattern` is sticky (`y`) and is tried where a word may
 * start, or anywhere for `anywhere` rules (a dash right after a word). `replace` returns null to let
 * later rules try.
 */
export interface Rule {
  name: string;
  pattern: RegExp;
  anywhere?: boolean;
  replace(match: RegExpExecArray, at: number, ctx: RuleContext): Replacement | string | null;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c);
}

/** The word right before `at`, if only spaces (no punctuation, no line break) separate them. */
export function wordBefore(source: string, at: number): string | null {
  return precedingWord(source, at)?.word ?? null;
}

/** Like `wordBefore`, with where the word starts. A word may end in the stop of an abbreviation. */
export function precedingWord(source: string, at: number): { word: string; start: number } | null {
  const from = Math.max(0, at - 60);
  const m = /([\p{L}\p{M}\p{N}]+\.?)[ \u00A0]+$/u.exec(source.slice(from, at));
  return m ? { word: m[1]!, start: from + m.index } : null;
}

/** The word right after `end`, if only spaces separate them. */
export function wordAfter(source: string, end: number): string | null {
  const m = /^[ \u00A0]+([\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?)/u.exec(source.slice(end, end + 60));
  return m ? m[1]! : null;
}

export function isCapitalised(word: string | null): boolean {
  return word !== null && /^\p{Lu}/u.test(word);
}

/** Whether the word before `at` starts a sentence (so its capital says nothing about a name). */
export function startsSentence(source: string, wordStart: number): boolean {
  return /(?:^|[.!?:;]["'”’)\]]*\s+|["“‘([]\s*|\n\s*)$/u.test(source.slice(Math.max(0, wordStart - 10), wordStart));
}

/** A full stop that ends the sentence: at the end of the text, or before a capitalised word. */
export function sentenceEndsAt(source: string, end: number): boolean {
  return /^\s*$/.test(source.slice(end)) || /^\s+["“‘(]?\p{Lu}/u.test(source.slice(end, end + 4));
}
