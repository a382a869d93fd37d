/**
 * Who a clause is about: the start of a clause, its subject, a subject set off by an aside, and
 * the subject a clause shares with the one before it. Speech tags and action beats ask this.
 */
import type { CastLookup } from '../characters/build-cast';
import type { ParagraphModel } from '../paragraph-model';
import { referentAt, tokenize, type Referent, type Token } from './referents';

export const PREPOSITIONS = new Set(['to', 'at', 'with', 'from', 'of', 'for', 'by', 'on', 'upon', 'towards', 'toward', 'into', 'about', 'after', 'before', 'behind', 'than', 'like', 'beside', 'near', 'over', 'under', 'round', 'among', 'between', 'against']);

/** Start of the clause that ends at `to`: after the last sentence end that is not an abbreviation. */
export function clauseStart(text: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    const c = text[k];
    if (c === '!' || c === '?' || c === ';') return k + 1;
    if (c === '.' && !/(?:\b(?:Mr|Mrs|Ms|Dr|St|Mlle|Mme|Rev)|\b\p{Lu})$/u.test(text.slice(Math.max(from, k - 4), k))) return k + 1;
  }
  return from;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** Whether token `k` is the object of a preposition: `to Jane`, `to the Caterpillar`. */
function afterPreposition(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? '';
  return PREPOSITIONS.has(before) || (ARTICLES.has(before) && PREPOSITIONS.has(tokens[k - 2]?.lower ?? ''));
}

/** Words that open a subordinate clause, whose subject is not the sentence's. */
const SUBORDINATORS = new Set(['as', 'when', 'while', 'whilst', 'after', 'before', 'if', 'though', 'although', 'since', 'because', 'till', 'until', 'whenever', 'once']);
export const CONJUNCTIONS = new Set(['and', 'but', 'then', 'so', 'yet', 'or']);

function firstSubject(p: ParagraphModel, tokens: Token[], from: number, until: number, cast: CastLookup): { referent: Referent; index: number } | null {
  for (let k = from; k < Math.min(until, tokens.length); k++) {
    if (afterPreposition(tokens, k)) continue;
    const r = referentAt(p, tokens, k, cast);
    if (r && !(r.referent.kind === 'pronoun' && r.referent.plural)) return { referent: r.referent, index: k };
    if (r) k = r.next - 1;
  }
  return null;
}

/**
 * The subject of a clause: its first referent that does not follow a preposition (`Then turning to
 * Jane, she said` has `she`). A clause that opens with a subordinate one (`As she went up, Mrs.
 * Bennet followed her`) has the subject after that clause's comma. Returns the referent and its
 * token index.
 */
export function clauseSubject(p: ParagraphModel, tokens: Token[], until: number, cast: CastLookup, from = 0): { referent: Referent; index: number } | null {
  const first = firstSubject(p, tokens, from, until, cast);
  if (!first) return null;
  let opener = from;
  while (CONJUNCTIONS.has(tokens[opener]?.lower ?? '')) opener++;
  if (!SUBORDINATORS.has(tokens[opener]?.lower ?? '')) return first;
  const comma = p.text.indexOf(',', tokens[first.index]?.end ?? 0);
  const limit = tokens[Math.min(until, tokens.length) - 1]?.start ?? -1;
  if (comma < 0 || comma >= limit) return first;
  const afterComma = tokens.findIndex((t) => t.start > comma);
  const main = afterComma >= 0 ? firstSubject(p, tokens, afterComma, until, cast) : null;
  return main ?? first;
}

/**
 * What may stand between a subject and its speech verb: a place (`in the landing place`), then an
 * aside between commas, possibly a relative clause (`Lydia, always unguarded, boisterously exclaimed`,
 * `Maria, who, breathless with agitation, cried out`, `Jane, who instantly replied`), and a second
 * verb of the same subject (`Mr. Gradgrind, who received it gravely, and then remarked`).
 */
const ASIDE = /^(?:\s+(?:in|at|on|by|near|from|with|behind|beside)\b[^,;:.!?"\u201c\u201d]{0,40})?\s*,\s*(?:who\b\s*,?\s*)?(?:[^,;:.!?"\u201c\u201d]{0,80},\s*)?(?:and\s+)?(?:(?:then|would|had)\s+)?(?:(?:\p{L}+ly|then|only)\s+)?$/u;

/**
 * The subject of a speech verb separated from it by an aside (see `ASIDE`). A name after a preposition
 * is an object (`turning to Jane, she said`) unless a relative clause makes it the speaker
 * (`looked at Jane, who replied`).
 */
export function subjectBeforeAside(p: ParagraphModel, tokens: Token[], v: number, cast: CastLookup): Referent | null {
  const verbStart = tokens[v]?.start ?? 0;
  for (let j = v - 2; j >= Math.max(0, v - 20); j--) {
    const r = referentAt(p, tokens, j, cast);
    if (!r || r.referent.kind === 'pronoun') continue;
    const end = tokens[r.next - 1]?.end ?? verbStart;
    const gap = p.text.slice(end, verbStart);
    if (!gap.includes(',') || !ASIDE.test(gap)) continue;
    const relative = /^(?:\s+(?:in|at|on|by|near|from|with|behind|beside)\b[^,;:.!?]{0,40})?\s*,\s*who\b/.test(gap);
    if (PREPOSITIONS.has(tokens[j - 1]?.lower ?? '') && !relative) continue;
    // `the Rabbit noticed Alice, as she went about, and called out`: an object is not the subject.
    if (!relative && !opensClause(p.text, tokens, j)) continue;
    // A name inside the aside (`Lydia, whom Kitty, laughing, ...`) would be the subject instead.
    const inner = tokens.slice(r.next, v).some((_, i) => {
      const found = referentAt(p, tokens, r.next + i, cast);
      return found !== null && found.referent.kind !== 'pronoun' && !PREPOSITIONS.has(tokens[r.next + i - 1]?.lower ?? '');
    });
    return inner ? null : r.referent;
  }
  return null;
}

const RELATIVES = new Set(['that', 'who', 'whom', 'which']);

/** Whether token `k` can start a subject: at the clause start, after punctuation, a conjunction, a subordinator or a relative (`whom Kitty answered`). */
function opensClause(text: string, tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before) return true;
  return CONJUNCTIONS.has(before.lower) || SUBORDINATORS.has(before.lower) || RELATIVES.has(before.lower) || /[,;:\u2014-]/.test(text.slice(before.end, tokens[k]?.start ?? before.end));
}

/**
 * `Mr. Sleary made a cut at the Clown, and the Clown had only said,`: the clause joined by `, and`
 * or `, but` with a subject of its own that holds the verb at `v` starts at its conjunction, unless
 * someone else is named between that subject and the verb. Returns that token index, or 0.
 */
export function lastCoordinateClause(p: ParagraphModel, tokens: Token[], v: number, cast: CastLookup): number {
  for (let k = v - 2; k > 0; k--) {
    const t = tokens[k];
    if (!t || (t.lower !== 'and' && t.lower !== 'but')) continue;
    if (!/[,;]\s*$/.test(p.text.slice(tokens[k - 1]?.end ?? 0, t.start))) continue;
    const r = referentAt(p, tokens, tokens[k + 1]?.lower === 'then' ? k + 2 : k + 1, cast);
    if (!r || (r.referent.kind === 'pronoun' && r.referent.plural)) continue;
    // Another person named between that subject and the verb may be the speaker instead.
    for (let j = r.next; j < v; j++) if (!afterPreposition(tokens, j) && referentAt(p, tokens, j, cast)) return 0;
    return k;
  }
  return 0;
}

/**
 * `Mr. Collins was gratified; and with a more smiling solemnity replied,`: a clause without a
 * subject that opens with a conjunction or with its verb (`...; adding, with a smile,`) after a
 * semicolon shares the subject of the clause before it.
 */
export function sharedSubject(p: ParagraphModel, from: number, start: number, cast: CastLookup): Referent | null {
  if (start <= from || p.text[start - 1] !== ';') return null;
  const previous = clauseStart(p.text, from, start - 1);
  const tokens = tokenize(p.text, previous, start - 1);
  return clauseSubject(p, tokens, tokens.length, cast)?.referent ?? null;
}
