import type { Gender } from '../../../shared/script';
import type { CastLookup, CastMember } from '../characters/build-cast';
import { NOUN_GENDER } from '../characters/person-nouns';
import { mentionAt, type ParagraphModel } from '../paragraph-model';

/** What a speech tag points at: a named person, a pronoun, or a description (`his wife`, `the old lady`). */
export type Referent =
  | { kind: 'name'; member: CastMember | null; at: number }
  | { kind: 'pronoun'; gender: Gender; firstPerson: boolean; plural: boolean; at: number }
  | { kind: 'description'; gender: Gender; possessor: Gender | null; relation: 'spouse' | null; at: number };

export interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
}

/** A word: letters with inner apostrophes and hyphens (`Winnie-the-Pooh`); a dash after it (`said--`) is not part of it. */
const TOKEN = /\p{L}(?:[\p{L}'\u2019]|-(?=\p{L}))*/gu;

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const matchEnd = m.index + m[0].length;
    const end = Math.min(matchEnd, to);
    const word = end === matchEnd ? m[0] : text.slice(m.index, end);
    out.push({ word, lower: word.toLowerCase(), start: m.index, end });
  }
  return out;
}

const PRONOUNS = new Map<string, { gender: Gender; firstPerson: boolean; plural: boolean }>([
  ['he', { gender: 'male', firstPerson: false, plural: false }],
  ['she', { gender: 'female', firstPerson: false, plural: false }],
  ['i', { gender: 'unknown', firstPerson: true, plural: false }],
  ['we', { gender: 'unknown', firstPerson: true, plural: true }],
  ['they', { gender: 'unknown', firstPerson: false, plural: true }],
]);

const SPOUSE_NOUNS = new Set(['wife', 'husband', 'lady']);
const DETERMINERS = new Map<string, Gender | null>([
  ['the', null],
  ['his', 'male'],
  ['her', 'female'],
  ['my', null],
  ['our', null],
  ['their', null],
  ['your', null],
  ['a', null],
  ['an', null],
]);

/** A name mention of the paragraph that starts at `at`, or at the word after `the` there. */
function nameAt(p: ParagraphModel, tokens: Token[], k: number, cast: CastLookup): { member: CastMember | null; next: number } | null {
  const t = tokens[k];
  if (!t) return null;
  let target = t.start;
  let skip = 0;
  if (t.lower === 'the' && tokens[k + 1]) {
    target = tokens[k + 1]?.start ?? target;
    skip = 1;
  }
  const mention = mentionAt(p, target);
  if (!mention) return null;
  if (skip === 1 && !mention.determiner) return null;
  let next = k + skip;
  while (next < tokens.length && (tokens[next]?.start ?? 0) < mention.end) next++;
  return { member: cast.resolve(mention), next };
}

/**
 * Reads a referent at token `k`: a name, a pronoun, or a description of up to two adjectives and a
 * noun after a determiner. Returns the referent and the index of the token after it.
 */
export function referentAt(
  p: ParagraphModel,
  tokens: Token[],
  k: number,
  cast: CastLookup,
): { referent: Referent; next: number } | null {
  const t = tokens[k];
  if (!t) return null;
  const named = nameAt(p, tokens, k, cast);
  if (named) return { referent: { kind: 'name', member: named.member, at: t.start }, next: named.next };
  if (t.lower === 'the') {
    // `the croupier`, `the old woman`: a description the book uses as a name.
    for (let n = 3; n >= 1; n--) {
      const words = tokens.slice(k + 1, k + 1 + n);
      if (words.length < n) continue;
      const member = cast.described(words.map((w) => w.lower).join(' '));
      if (member) return { referent: { kind: 'name', member, at: t.start }, next: k + 1 + n };
    }
  }
  const pronoun = PRONOUNS.get(t.lower);
  if (pronoun && (t.lower !== 'i' || t.word === 'I')) return { referent: { kind: 'pronoun', ...pronoun, at: t.start }, next: k + 1 };
  if (!DETERMINERS.has(t.lower)) return null;
  const possessor = DETERMINERS.get(t.lower) ?? null;
  for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
    const noun = tokens[j]?.lower ?? '';
    const gender = NOUN_GENDER.get(noun);
    if (gender !== undefined) {
      const relation = (t.lower === 'his' || t.lower === 'her') && SPOUSE_NOUNS.has(noun) ? 'spouse' : null;
      return { referent: { kind: 'description', gender, possessor, relation, at: t.start }, next: j + 1 };
    }
    if (/^\p{Lu}/u.test(tokens[j]?.word ?? '')) return null;
  }
  return null;
}
