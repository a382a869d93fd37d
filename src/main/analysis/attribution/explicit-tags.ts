import type { CastLookup } from '../characters/build-cast';
import type { ParagraphModel } from '../paragraph-model';
import { referentAt, tokenize, type Referent, type Token } from './referents';
import { isSpeechVerb } from './speech-verbs';

/** A speech tag next to a quotation: who (`referent`) and with which verb. */
export interface Tag {
  referent: Referent;
  verb: string;
}


const ADVERBS = new Set(['out', 'aloud', 'then', 'again', 'now', 'too', 'also', 'presently', 'instantly', 'still', 'once', 'at', 'last', 'first', 'quite', 'very', 'only', 'just', 'suddenly', 'directly', 'simply', 'calmly', 'coldly', 'gravely', 'quietly']);
const REPLY_NOUNS = new Set(['reply', 'answer', 'retort', 'rejoinder', 'response', 'remark', 'observation', 'comment', 'exclamation', 'cry', 'question', 'reflection', 'thought', 'words']);
const MODALS = new Set(['not', 'never', 'did', 'would', 'could', 'should', 'might', 'must', 'to', 'will', 'shall', 'can', 'cannot', 'may', 'nothing']);
const PREPOSITIONS = new Set(['to', 'at', 'with', 'from', 'of', 'for', 'by', 'on', 'upon', 'towards', 'toward', 'into', 'about', 'after', 'before', 'behind', 'than', 'like', 'beside', 'near', 'over', 'under', 'round', 'among', 'between', 'against']);

function isAdverb(t: Token | undefined): boolean {
  return t !== undefined && (ADVERBS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly')));
}

/** Index after the speech verb at `k` (and its particle), or -1 when there is none. */
function verbEnd(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t) return -1;
  const next = tokens[k + 1]?.lower ?? '';
  if (!isSpeechVerb(t.lower, next)) return -1;
  return isSpeechVerb(t.lower, '') ? k + 1 : k + 2;
}

function skipAdverbs(tokens: Token[], k: number, max = 3): number {
  let j = k;
  while (j < tokens.length && j - k < max && isAdverb(tokens[j])) j++;
  return j;
}

/**
 * A tag right after a quotation: `said Mr. Bennet`, `returned she`, `cried his wife`, `Jane
 * replied`, `the Hatter hastily said`, `was her answer`. `from`/`to` bound the narration.
 */
export function tagAfter(p: ParagraphModel, from: number, to: number, cast: CastLookup): Tag | null {
  const tokens = tokenize(p.text, from, Math.min(to, from + 160));
  const first = tokens[0];
  if (!first || /[\u2014]|--/.test(p.text.slice(from, first.start)) || /\n/.test(p.text.slice(from, first.start))) return null;
  const v = verbEnd(tokens, 0);
  if (v > 0) {
    const r = referentAt(p, tokens, skipAdverbs(tokens, v), cast);
    if (r) return { referent: r.referent, verb: first.lower };
    return null;
  }
  if (first.lower === 'was' && tokens[1] && REPLY_NOUNS.has(tokens[2]?.lower ?? '')) {
    const r = referentAt(p, tokens, 1, cast);
    if (r) return { referent: r.referent, verb: 'replied' };
    const owner = tokens[1].lower.replace(/['\u2019]s$/, '');
    if (owner === 'his' || owner === 'her') {
      return { referent: { kind: 'pronoun', gender: owner === 'his' ? 'male' : 'female', firstPerson: false, plural: false, at: tokens[1].start }, verb: 'replied' };
    }
    if (owner === 'my') return { referent: { kind: 'pronoun', gender: 'unknown', firstPerson: true, plural: false, at: tokens[1].start }, verb: 'replied' };
  }
  const r = referentAt(p, tokens, 0, cast);
  if (!r) return null;
  let j = skipAdverbs(tokens, r.next);
  if (verbEnd(tokens, j) < 0 && p.text[tokens[r.next - 1]?.end ?? 0] === ',') {
    // `Elizabeth, after a pause, replied`: a short aside between the subject and the verb.
    const limit = Math.min(tokens.length, r.next + 6);
    for (let k = r.next; k < limit; k++) if (verbEnd(tokens, k) > 0) { j = k; break; }
  }
  const end = verbEnd(tokens, j);
  return end > 0 ? { referent: r.referent, verb: tokens[j]?.lower ?? '' } : null;
}

/** Start of the clause that ends at `to`: after the last sentence end that is not an abbreviation. */
export function clauseStart(text: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    const c = text[k];
    if (c === '!' || c === '?' || c === ';') return k + 1;
    if (c === '.' && !/(?:\b(?:Mr|Mrs|Ms|Dr|St|Mlle|Mme|Rev)|\b\p{Lu})$/u.test(text.slice(Math.max(from, k - 4), k))) return k + 1;
  }
  return from;
}

/**
 * The subject of a clause: its first referent that does not follow a preposition (`Then turning to
 * Jane, she said` has `she`). Returns the referent and its token index.
 */
export function clauseSubject(p: ParagraphModel, tokens: Token[], until: number, cast: CastLookup): { referent: Referent; index: number } | null {
  for (let k = 0; k < Math.min(until, tokens.length); k++) {
    if (PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) continue;
    const r = referentAt(p, tokens, k, cast);
    if (r && !(r.referent.kind === 'pronoun' && r.referent.plural)) return { referent: r.referent, index: k };
    if (r) k = r.next - 1;
  }
  return null;
}

/**
 * What may stand between a subject and its speech verb: a place (`in the landing place`), then an
 * aside between commas, possibly a relative clause (`Lydia, always unguarded, boisterously exclaimed`,
 * `Maria, who, breathless with agitation, cried out`, `Jane, who instantly replied`).
 */
const ASIDE = /^(?:\s+(?:in|at|on|by|near|from|with|behind|beside)\b[^,;:.!?"\u201c\u201d]{0,40})?\s*,\s*(?:who\b\s*,?\s*)?(?:[^,;:.!?"\u201c\u201d]{0,80},\s*)?(?:\p{L}+ly\s+|then\s+)?$/u;

/**
 * The subject of a speech verb separated from it by an aside (see `ASIDE`). A name after a preposition
 * is an object (`turning to Jane, she said`) unless a relative clause makes it the speaker
 * (`looked at Jane, who replied`).
 */
function subjectBeforeAside(p: ParagraphModel, tokens: Token[], v: number, cast: CastLookup): Referent | null {
  const verbStart = tokens[v]?.start ?? 0;
  for (let j = v - 2; j >= Math.max(0, v - 20); j--) {
    const r = referentAt(p, tokens, j, cast);
    if (!r || r.referent.kind === 'pronoun') continue;
    const end = tokens[r.next - 1]?.end ?? verbStart;
    const gap = p.text.slice(end, verbStart);
    if (!gap.includes(',') || !ASIDE.test(gap)) continue;
    if (PREPOSITIONS.has(tokens[j - 1]?.lower ?? '') && !/^\s*,\s*who\b/.test(gap)) continue;
    // A name inside the aside (`Lydia, whom Kitty, laughing, ...`) would be the subject instead.
    const inner = tokens.slice(r.next, v).some((_, i) => {
      const found = referentAt(p, tokens, r.next + i, cast);
      return found !== null && found.referent.kind !== 'pronoun' && !PREPOSITIONS.has(tokens[r.next + i - 1]?.lower ?? '');
    });
    return inner ? null : r.referent;
  }
  return null;
}

/**
 * A tag before a quotation, in the clause that leads into it: `Mr. Bennet said,`, `she replied:`,
 * `said Elizabeth,`, `Then turning to Jane, she said`.
 */
export function tagBefore(p: ParagraphModel, from: number, to: number, cast: CastLookup): Tag | null {
  const fragment = p.text.slice(from, to).trimEnd();
  if (fragment.length === 0) return null;
  const body = fragment.replace(/[.!?;\s]+$/, '');
  const start = clauseStart(p.text, from, from + body.length);
  const tokens = tokenize(p.text, start, from + body.length);
  let v = -1;
  for (let k = tokens.length - 1; k >= 0; k--) {
    if (verbEnd(tokens, k) > 0) {
      v = k;
      break;
    }
  }
  if (v < 0) return null;
  const lastChar = fragment[fragment.length - 1] ?? '';
  const tail = verbEnd(tokens, v);
  const endsAtVerb = tail >= tokens.length || tokens.slice(tail).every((t) => PREPOSITIONS.has(t.lower) || t.lower === 'him' || t.lower === 'her' || t.lower === 'them' || t.lower === 'me' || isAdverb(t));
  if (!/[,:\u2014-]/.test(lastChar) && !endsAtVerb) return null;
  // `Which he never did say.`, `she would have said`: no speech follows a denied or unreal verb.
  const lead = [tokens[v - 1]?.lower ?? '', tokens[v - 2]?.lower ?? ''];
  if (lead[0] === 'to' || lead.some((w) => w !== 'to' && MODALS.has(w))) return null;
  const verb = tokens[v]?.lower ?? '';
  // `... that Louisa added,`: a referent right before the verb is its subject.
  for (let j = v - 1; j >= Math.max(0, v - 5); j--) {
    const r = referentAt(p, tokens, j, cast);
    if (r && skipAdverbs(tokens, r.next) === v && !PREPOSITIONS.has(tokens[j - 1]?.lower ?? '')) return { referent: r.referent, verb };
  }
  const aside = subjectBeforeAside(p, tokens, v, cast);
  if (aside) return { referent: aside, verb };
  const inverted = referentAt(p, tokens, skipAdverbs(tokens, tail), cast);
  if (inverted && (tokens[v - 1] === undefined || clauseSubject(p, tokens, v, cast) === null)) return { referent: inverted.referent, verb };
  const subject = clauseSubject(p, tokens, v, cast);
  if (subject) return { referent: subject.referent, verb };
  return inverted ? { referent: inverted.referent, verb } : null;
}
