import type { CastLookup } from '../characters/build-cast';
import type { ParagraphModel } from '../paragraph-model';
import { CONJUNCTIONS, PREPOSITIONS, clauseStart, clauseSubject, lastCoordinateClause, sharedSubject, subjectBeforeAside } from './clause-subject';
import { referentAt, tokenize, type Referent, type Token } from './referents';
import { isBareSpeechVerb, isSpeechParticiple, isSpeechVerb } from './speech-verbs';

/** A speech tag next to a quotation: who (`referent`) and with which verb. */
export interface Tag {
  referent: Referent;
  verb: string;
}


const ADVERBS = new Set(['out', 'aloud', 'then', 'again', 'now', 'too', 'also', 'presently', 'instantly', 'still', 'once', 'at', 'last', 'first', 'quite', 'very', 'only', 'just', 'suddenly', 'directly', 'simply', 'calmly', 'coldly', 'gravely', 'quietly', 'thus']);
const REPLY_NOUNS = new Set(['reply', 'answer', 'retort', 'rejoinder', 'response', 'remark', 'observation', 'comment', 'exclamation', 'cry', 'question', 'reflection', 'thought', 'words']);
const MODALS = new Set(['not', 'never', 'did', 'would', 'could', 'should', 'might', 'must', 'to', 'will', 'shall', 'can', 'cannot', 'may', 'nothing']);

function isAdverb(t: Token | undefined): boolean {
  return t !== undefined && (ADVERBS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly')));
}

const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'my', 'our', 'your', 'their', 'this', 'that', 'these', 'those']);

/** Index after the speech verb at `k` (and its particle), or -1 when there is none. */
function verbEnd(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t) return -1;
  // `her remarks`, `the answer`: right after a determiner the word is a noun (`to her, cried` is not).
  const before = tokens[k - 1];
  if (before && NOUN_DETERMINERS.has(before.lower) && t.start - before.end === 1) return -1;
  if (isBareSpeechVerb(t.lower)) return BARE_GOVERNORS.has(tokens[skipBack(tokens, k - 1)]?.lower ?? '') ? k + 1 : -1;
  const next = tokens[k + 1]?.lower ?? '';
  if (!isSpeechVerb(t.lower, next)) return -1;
  return isSpeechVerb(t.lower, '') ? k + 1 : k + 2;
}

function skipAdverbs(tokens: Token[], k: number, max = 3): number {
  let j = k;
  while (j < tokens.length && j - k < max && isAdverb(tokens[j])) j++;
  return j;
}

/** What a bare speech verb follows when it tags speech: `began to say`, `would only say`, `did cry`. */
const BARE_GOVERNORS = new Set(['to', 'would', 'did']);

/** Auxiliaries between a subject and its speech verb: `Jane had said`, `Blanche would say`, `Alice was beginning`. */
const AUXILIARIES = new Set(['had', 'would', 'was', 'were']);
/** Verbs after which `to say` is said (`began to say`, `managed to say`), not meant or denied. */
const INCEPTIVE = new Set(['began', 'begun', 'beginning', 'begins', 'begin', 'managed', 'ventured', 'proceeded', 'continued', 'hastened', 'contrived']);

/**
 * Index of the speech verb after a subject that ends before `k`: adverbs, then perhaps an
 * auxiliary and more adverbs. `was` takes only a participle in -ing (`was saying`, not `was asked`).
 * Returns -1 when no speech verb follows.
 */
function verbAfterSubject(text: string, tokens: Token[], k: number): number {
  const j = skipAdverbs(tokens, k);
  if (verbEnd(tokens, j) > 0) return j;
  const aux = tokens[j]?.lower ?? '';
  if (!AUXILIARIES.has(aux)) return -1;
  const v = skipAdverbs(tokens, j + 1);
  const verb = tokens[v]?.lower ?? '';
  // `he was, adding`: a comma ends the clause of `was`.
  if (aux === 'was' || aux === 'were') return (isSpeakingParticiple(verb) || verb === 'beginning') && !/[,;:]/.test(text.slice(tokens[j]?.end ?? 0, tokens[v]?.start ?? 0)) ? v : -1;
  return verbEnd(tokens, v) > 0 ? v : -1;
}

/**
 * A tag right after a quotation: `said Mr. Bennet`, `returned she`, `cried his wife`, `Jane
 * replied`, `the Hatter hastily said`, `was her answer`. `from`/`to` bound the narration.
 */
export function tagAfter(p: ParagraphModel, from: number, to: number, cast: CastLookup): Tag | null {
  const tokens = tokenize(p.text, from, Math.min(to, from + 160));
  const first = tokens[0];
  if (!first || /\n/.test(p.text.slice(from, first.start))) return null;
  // `again interrupted De Griers`: adverbs may come before an inverted verb.
  const lead = skipAdverbs(tokens, 0);
  const v = verbEnd(tokens, lead);
  if (v > 0) {
    const r = referentAt(p, tokens, skipAdverbs(tokens, v), cast);
    if (r) return { referent: r.referent, verb: tokens[lead]?.lower ?? first.lower };
    return null;
  }
  // A dash after a quote breaks off the speech (`"I was--" Jane began`) unless an inverted verb follows (`"No!"--cried Jane.`).
  if (/[\u2014]|--/.test(p.text.slice(from, first.start))) return null;
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
  let j = verbAfterSubject(p.text, tokens, r.next);
  if (j < 0 && p.text[tokens[r.next - 1]?.end ?? 0] === ',') {
    // `Elizabeth, after a pause, replied`: a short aside between the subject and the verb.
    const limit = Math.min(tokens.length, r.next + 6);
    for (let k = r.next; k < limit; k++) if (verbEnd(tokens, k) > 0) { j = k; break; }
  }
  return j >= 0 ? { referent: r.referent, verb: tokens[j]?.lower ?? '' } : null;
}

/** An -ing form that introduces the words it is followed by: `saying`, `adding`, `crying out`. */
function isSpeakingParticiple(word: string): boolean {
  return word.endsWith('ing') && (word === 'saying' || isSpeechParticiple(word)) && word !== 'beginning';
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'himself', 'herself', 'themselves', 'myself', 'it', 'itself']);
/** Words that may fill a short phrase after a speech verb: `in a loud voice`, `to her daughter`. */
const PHRASE_WORDS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'my', 'its', 'our', 'your', 'this', 'that']);

/**
 * Whether the words after a speech verb let the quote follow it: nothing, adverbs, an object pronoun,
 * or short phrases opened by a preposition (`said in a loud voice`, `saying to her daughter`).
 */
function endsAtVerb(tokens: Token[], tail: number): boolean {
  let inPhrase = 0;
  for (let k = tail; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) break;
    if (PREPOSITIONS.has(t.lower) || t.lower === 'in' || t.lower === 'through') {
      inPhrase = 1;
      continue;
    }
    if (OBJECT_PRONOUNS.has(t.lower) || isAdverb(t)) continue;
    if (inPhrase === 0 || inPhrase > 3 || isSpeechVerb(t.lower, '')) return false;
    if (!PHRASE_WORDS.has(t.lower)) inPhrase++;
  }
  return true;
}

/**
 * `Which he never did say`, `she would have said`, `to say`: no speech follows a denied or unreal
 * verb. Habitual `would say` and `began to say` do introduce speech.
 */
function isDeniedOrUnreal(tokens: Token[], v: number): boolean {
  const lead = [tokens[v - 1]?.lower ?? '', tokens[v - 2]?.lower ?? ''];
  if (lead[0] === 'to') {
    const governor = skipBack(tokens, v - 2);
    return !INCEPTIVE.has(tokens[governor]?.lower ?? '');
  }
  return lead.some((w, k) => w !== 'to' && MODALS.has(w) && !(w === 'would' && k === 0) && !(w === 'would' && k === 1 && isAdverb(tokens[v - 1])));
}

/** The index of the first token at or before `k` that is not an adverb. */
function skipBack(tokens: Token[], k: number): number {
  let j = k;
  while (j >= 0 && isAdverb(tokens[j])) j--;
  return j;
}

/**
 * A tag before a quotation, in the clause that leads into it: `Mr. Bennet said,`, `she replied:`,
 * `said Elizabeth,`, `Then turning to Jane, she said`.
 */
export function tagBefore(p: ParagraphModel, from: number, to: number, cast: CastLookup): Tag | null {
  const fragment = p.text.slice(from, to).trimEnd();
  // `said the Duchess, who agreed with all that Alice said; "there is..."`: a semicolon closes the
  // clause, so its verb does not introduce the quote.
  if (fragment.length === 0 || fragment.endsWith(';')) return null;
  const body = fragment.replace(/[.!?;\s]+$/, '');
  const start = clauseStart(p.text, from, from + body.length);
  const tokens = tokenize(p.text, start, from + body.length);
  let v = -1;
  let tail = -1;
  for (let k = tokens.length - 1; k >= 0; k--) {
    tail = verbEnd(tokens, k);
    // `the Dodo presented the thimble, saying`, `Kanga was fidgeting about and saying`.
    if (tail < 0 && isSpeakingParticiple(tokens[k]?.lower ?? '')) tail = k + 1;
    if (tail > 0) {
      v = k;
      break;
    }
  }
  if (v < 0) return announcement(p, tokens, from, start, cast);
  const lastChar = fragment[fragment.length - 1] ?? '';
  if (!/[,:\u2014-]/.test(lastChar) && !endsAtVerb(tokens, tail)) return null;
  if (verbEnd(tokens, v) < 0) {
    // `Mrs. Reynolds replied, that he was, adding,`: a participle carries on the speech verb before it.
    for (let k = v - 1; k >= 0; k--) if (verbEnd(tokens, k) > 0 && !isDeniedOrUnreal(tokens, k)) { v = k; break; }
  }
  // `Which he never did say.`, `she would have said`: no speech follows a denied or unreal verb.
  if (isDeniedOrUnreal(tokens, v)) return null;
  const verb = tokens[v]?.lower ?? '';
  // `when thus accosted by Miss Bingley,`: the agent of a passive speaks.
  const tailAfterVerb = verbEnd(tokens, v);
  const agent = tokens[tailAfterVerb]?.lower === 'by' && verb.endsWith('ed') ? referentAt(p, tokens, tailAfterVerb + 1, cast) : null;
  if (agent) return { referent: agent.referent, verb };
  // `... that Louisa added,`: a referent right before the verb is its subject.
  for (let j = v - 1; j >= Math.max(0, v - 5); j--) {
    const r = referentAt(p, tokens, j, cast);
    if (r && verbAfterSubject(p.text, tokens, r.next) === v && !PREPOSITIONS.has(tokens[j - 1]?.lower ?? '')) return { referent: r.referent, verb };
  }
  const aside = subjectBeforeAside(p, tokens, v, cast);
  if (aside) return { referent: aside, verb };
  const inverted = referentAt(p, tokens, skipAdverbs(tokens, tail), cast);
  if (inverted && (tokens[v - 1] === undefined || clauseSubject(p, tokens, v, cast) === null)) return { referent: inverted.referent, verb };
  const subject = clauseSubject(p, tokens, v, cast, lastCoordinateClause(p, tokens, v, cast));
  if (subject) return { referent: subject.referent, verb };
  if (inverted) return { referent: inverted.referent, verb };
  const shared = CONJUNCTIONS.has(tokens[0]?.lower ?? '') || v === 0 ? sharedSubject(p, from, start, cast) : null;
  return shared ? { referent: shared, verb } : null;
}

/** How many words may follow `the following` (`the following hint, apart to Mr. Bounderby`). */
const ANNOUNCEMENT_TAIL = 8;

/**
 * `Sleary communicated the following hint to Mr. Bounderby.`, `after delivering the following
 * codicil:`: a clause that announces what follows tags the quote with its subject.
 */
function announcement(p: ParagraphModel, tokens: Token[], from: number, start: number, cast: CastLookup): Tag | null {
  const at = tokens.findIndex((t, k) => t.lower === 'following' && tokens[k - 1]?.lower === 'the' && tokens.length - k <= ANNOUNCEMENT_TAIL);
  if (at < 0) return null;
  const subject = clauseSubject(p, tokens, at - 1, cast, lastCoordinateClause(p, tokens, at - 1, cast));
  const referent = subject?.referent ?? sharedSubject(p, from, start, cast);
  return referent ? { referent, verb: 'following' } : null;
}
