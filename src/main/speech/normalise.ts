import type { Emphasis } from '../../shared/book';
import { englishRules } from './english/english-rules';
import { pauseRules } from './pause-rules';
import { isWordChar, type EnglishStyle, type Replacement, type Rule, type RuleContext } from './rule';
import type { SpeechPiece, SpeechText } from './speech-text';

export interface NormaliseOptions {
  /** BCP 47 tag of the book or segment. Empty means unknown and is read as English. */
  language: string;
  /** Italic runs as offsets into the text (as the importer gives them): spoken with emphasis. */
  emphasis?: readonly Emphasis[];
  /** Spans of the text the book gives phonemes for (see `locateOverrides`): kept whole, untouched. */
  phonemes?: readonly FixedPhonemes[];
}

export interface FixedPhonemes {
  start: number;
  end: number;
  /** IPA. */
  phonemes: string;
}

type Draft = Omit<SpeechPiece, 'start' | 'end'>;

const ENGLISH_RULES: readonly Rule[] = [...englishRules, ...pauseRules];

/**
 * Rewrites a segment's text the way it should be read: numbers, dates, money, times, fractions,
 * abbreviations, roman numerals, initials and web addresses in words (English), dashes and
 * ellipses as pauses and italics as emphasis (every language). Other languages keep their numbers
 * for the engine's own rules rather than hear English words.
 */
export function normaliseForSpeech(source: string, options: NormaliseOptions): SpeechText {
  const ctx: RuleContext = { source, language: options.language, style: styleFor(options.language) };
  const rules = isEnglish(options.language) ? ENGLISH_RULES : pauseRules;
  const drafts: Draft[] = [];
  let plainStart = 0;

  const flushPlain = (end: number): void => {
    if (end > plainStart) drafts.push({ text: source.slice(plainStart, end), sourceStart: plainStart, sourceEnd: end, verbatim: true });
  };

  const fixed = [...(options.phonemes ?? [])].filter((f) => f.end > f.start && f.start >= 0 && f.end <= source.length).sort((a, b) => a.start - b.start);
  let f = 0;
  let i = 0;
  while (i < source.length) {
    while (f < fixed.length && fixed[f]!.start < i) f++;
    const given = fixed[f];
    if (given && given.start === i) {
      flushPlain(i);
      drafts.push({ text: source.slice(i, given.end), sourceStart: i, sourceEnd: given.end, verbatim: true, phonemes: given.phonemes });
      i = plainStart = given.end;
      f++;
      continue;
    }
    const tokenStart = i === 0 || !isWordChar(source[i - 1]);
    const found = tokenStart || !isWordChar(source[i]) ? tryRules(rules, tokenStart, i, ctx) : null;
    // A rule never reads into text whose phonemes the book gives.
    if (!found || (given !== undefined && i + found.length > given.start)) {
      i++;
      continue;
    }
    let from = i;
    if (found.absorbSpaceBefore) while (from > plainStart && /\s/.test(source[from - 1]!)) from--;
    flushPlain(from);
    const piece: Draft = { text: found.text, sourceStart: from, sourceEnd: i + found.length, verbatim: false };
    if (found.pauseMs !== undefined) piece.pauseMs = found.pauseMs;
    drafts.push(piece);
    i += found.length;
    plainStart = i;
  }
  flushPlain(source.length);
  return assemble(options.language, applyEmphasis(drafts, options.emphasis ?? []));
}

function tryRules(rules: readonly Rule[], tokenStart: boolean, at: number, ctx: RuleContext): Replacement | null {
  for (const rule of rules) {
    if (!tokenStart && !rule.anywhere) continue;
    rule.pattern.lastIndex = at;
    const match = rule.pattern.exec(ctx.source);
    if (!match || match[0].length === 0) continue;
    const result = rule.replace(match, at, ctx);
    if (result === null) continue;
    return typeof result === 'string' ? { length: match[0].length, text: result } : result;
  }
  return null;
}

/** Splits verbatim pieces at the edges of italic runs; a spoken form is emphatic if it touches one. */
function applyEmphasis(drafts: Draft[], emphasis: readonly Emphasis[]): Draft[] {
  const runs = emphasis.filter((e) => e.end > e.start);
  if (runs.length === 0) return drafts;
  const out: Draft[] = [];
  for (const draft of drafts) {
    if (!draft.verbatim || draft.phonemes !== undefined) {
      const emphatic = runs.some((r) => r.start < draft.sourceEnd && r.end > draft.sourceStart);
      out.push(emphatic && draft.pauseMs === undefined ? { ...draft, emphasis: true } : draft);
      continue;
    }
    const cuts = new Set([draft.sourceStart, draft.sourceEnd]);
    for (const r of runs) for (const edge of [r.start, r.end]) if (edge > draft.sourceStart && edge < draft.sourceEnd) cuts.add(edge);
    const edges = [...cuts].sort((a, b) => a - b);
    for (let k = 0; k + 1 < edges.length; k++) {
      const a = edges[k]!;
      const b = edges[k + 1]!;
      const text = draft.text.slice(a - draft.sourceStart, b - draft.sourceStart);
      const part: Draft = { text, sourceStart: a, sourceEnd: b, verbatim: true };
      if (runs.some((r) => r.start <= a && r.end >= b) && /\S/.test(text)) part.emphasis = true;
      out.push(part);
    }
  }
  return out;
}

function assemble(language: string, drafts: readonly Draft[]): SpeechText {
  const pieces: SpeechPiece[] = [];
  let offset = 0;
  for (const d of drafts) {
    pieces.push({ ...d, start: offset, end: offset + d.text.length });
    offset += d.text.length;
  }
  return { language, text: pieces.map((p) => p.text).join(''), pieces };
}

export function isEnglish(language: string): boolean {
  return language.trim() === '' || /^en(?:-|_|$)/i.test(language.trim());
}

function styleFor(language: string): EnglishStyle {
  const american = /^en[-_](?:US|CA|PH)\b/i.test(language.trim());
  return american ? { and: false, percent: 'percent', metre: 'meter' } : { and: true, percent: 'per cent', metre: 'metre' };
}
