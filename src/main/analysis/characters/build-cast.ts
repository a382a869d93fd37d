import type { Gender } from '../../../shared/script';
import { isInQuote, narrationRanges, type ParagraphModel } from '../paragraph-model';
import { clusterNames, type NameCluster } from './cluster-names';
import { isPersonName, recordMention, type NameForm } from './name-evidence';
import { genderFromVotes, pronounAfter } from './pronoun-gender';
import { formKey, type NameMention } from './scan-names';
import { isLowerCode } from '../text-scan';
import { findDescribedSpeakers } from './described-speakers';
import { mergeEldestDaughters } from './eldest-daughter';
import { formalNames } from './nicknames';
import { NOUN_GENDER } from './person-nouns';
import { titleOf } from './titles';

/** A person of the book, before attribution counts their lines. */
export interface CastMember {
  id: string;
  name: string;
  aliases: string[];
  gender: Gender;
  narrator: boolean;
  mentions: number;
  /** Mentions outside quotations. A first-person narrator's name is used only by others. */
  narrationMentions: number;
  /** Known by a description with `the` (`the Hatter`) rather than a name. */
  role: boolean;
  /** Set when this person turned out to be someone else (the narrator, named by others). */
  mergedInto?: CastMember;
}

/** What attribution asks of the cast: who a name or a description stands for. */
export interface CastLookup {
  /** The person a name mention refers to, when it names exactly one. */
  resolve(m: NameMention): CastMember | null;
  /** The role a lower-case description stands for (`old woman` for `the old woman`). */
  described(phrase: string): CastMember | null;
}

export interface Cast extends CastLookup {
  /** Everyone, narrator first when there is one; merged members stay listed but point elsewhere. */
  members: CastMember[];
  narrator: CastMember | null;
}

/** A hash of a word's first two and last characters and its length, for a quick test before any string is made. */
function shapeOf(text: string, start: number, end: number): number {
  const second = end - start > 1 ? text.charCodeAt(start + 1) : 0;
  return (((text.charCodeAt(start) * 31 + second) * 31 + text.charCodeAt(end - 1)) * 31 + (end - start)) & 0xffff;
}

/** How often each of `words` (lower case) is written in lower case in the book (`facts` against `Facts`). */
function countLowerCase(paragraphs: ParagraphModel[], words: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  // Most words of a book have a shape no name word has, and are passed over without a substring.
  const shapes = new Uint8Array(0x10000);
  for (const w of words) shapes[shapeOf(w, 0, w.length)] = 1;
  for (const p of paragraphs) {
    const text = p.text;
    const bounds = p.words;
    for (let k = 0; k + 1 < bounds.length; k += 2) {
      const s = bounds[k] ?? 0;
      const e = bounds[k + 1] ?? 0;
      if (shapes[shapeOf(text, s, e)] === 0 || !isLowerCode(text.charCodeAt(s))) continue;
      const w = text.slice(s, e);
      if (words.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return counts;
}

function display(form: NameForm, role: boolean): string[] {
  const words = form.words.join(' ');
  if (role) return [`The ${words}`, words];
  return [form.title ? `${form.title.canonical} ${words}` : words];
}

/** The name to show: a frequent multi-word form (`Mr. Darcy`) when there is one, else the most used form. */
function chooseName(c: NameCluster): string {
  const total = c.forms.reduce((a, f) => a + f.count, 0);
  // A pet name is how people address someone, not the name to list them under.
  const weight = (f: NameForm): number => (f.words.length === 1 && formalNames(f.words[0] ?? '').length > 0 ? f.count / 2 : f.count);
  const byCount = [...c.forms].sort((a, b) => weight(b) - weight(a));
  const best = byCount.find((f) => (f.words.length > 1 || f.title) && f.count * 4 >= total) ?? byCount[0];
  return best ? (display(best, c.role)[0] ?? '') : '';
}

/**
 * `Finally Maria Philipovna`, `Meanwhile Astley`: at a sentence start an adverb joins the name. A
 * first word that is never capitalised inside a sentence (`inner` holds the words that are) and is
 * also written in lower case is cut.
 */
function trimSentenceStart(p: ParagraphModel, m: NameMention, inner: ReadonlySet<string>, lower: ReadonlyMap<string, number>): void {
  const first = m.words[0] ?? '';
  if (!m.sentenceInitial || m.title || m.words.length < 2 || inner.has(first) || !lower.has(first.toLowerCase())) return;
  m.words.shift();
  m.key = formKey(m.title, m.words);
  const at = p.text.indexOf(m.words[0] ?? '', m.start + first.length);
  if (at >= 0) m.start = at;
}

/** First-person words per thousand words of narration above which the narrator is a character. */
const FIRST_PERSON_RATE = 15;
const FIRST_PERSON = /\b(?:I|me|my|myself)\b/g;

function countOf(text: string, c: string): number {
  let n = 0;
  for (let k = text.indexOf(c); k >= 0; k = text.indexOf(c, k + 1)) n++;
  return n;
}

/** Whether the narration speaks as `I` often enough for the narrator to be one of the cast. */
function hasFirstPersonNarrator(paragraphs: ParagraphModel[]): boolean {
  let words = 0;
  let firstPerson = 0;
  for (const p of paragraphs) {
    const text = p.text;
    for (const [from, to] of narrationRanges(p)) {
      const piece = text.slice(from, to);
      words += countOf(piece, ' ') + 1;
      firstPerson += (piece.match(FIRST_PERSON) ?? []).length;
    }
  }
  return words > 0 && (1000 * firstPerson) / words >= FIRST_PERSON_RATE;
}

/**
 * Finds the cast: every capitalised form that reads as a person's name, grouped into people, with
 * a gender from titles or else from the pronouns that follow their mentions.
 */
export function buildCast(paragraphs: ParagraphModel[]): Cast {
  // One pass over the mentions collects their words: the name words whose lower-case uses are
  // counted (`Finally`, `Facts`), and the words capitalised inside a sentence.
  const nameWordSet = new Set<string>();
  const inner = new Set<string>();
  for (const p of paragraphs) {
    for (const m of p.names) {
      m.words.forEach((w, k) => {
        nameWordSet.add(w.toLowerCase());
        if (!m.sentenceInitial || k > 0) inner.add(w);
      });
    }
  }
  const lower = countLowerCase(paragraphs, nameWordSet);
  // A second pass trims each mention's sentence start and records what it says about its form.
  const forms = new Map<string, NameForm>();
  for (const p of paragraphs) {
    for (const m of p.names) {
      trimSentenceStart(p, m, inner, lower);
      recordMention(forms, p.text, m, isInQuote(p, m.start));
    }
  }
  const nameWords = new Map<string, number>();
  for (const f of forms.values()) for (const w of f.words) nameWords.set(w.toLowerCase(), (nameWords.get(w.toLowerCase()) ?? 0) + f.count);
  const accepted = [...forms.values()].filter((f) => isPersonName(f, (w) => lower.get(w) ?? 0, (w) => nameWords.get(w) ?? 0));
  const named = clusterNames(accepted);
  const byKey = named.byKey;
  const clusters = mergeEldestDaughters(named.clusters, byKey, forms.values());

  const votes = new Map<NameCluster, { male: number; female: number }>();
  for (const p of paragraphs) {
    p.names.forEach((m, k) => {
      if (m.possessive || isInQuote(p, m.start)) return;
      const c = byKey.get(m.key);
      if (!c) return;
      const g = pronounAfter(p.text, m.end, p.names[k + 1]?.start ?? p.text.length);
      const v = votes.get(c) ?? { male: 0, female: 0 };
      if (g === 'male') v.male++;
      if (g === 'female') v.female++;
      votes.set(c, v);
    });
  }

  // A person is named more than once or speaks, and something besides capitals shows a person.
  const sum = (c: NameCluster, k: 'count' | 'speechTags' | 'possessive' | 'vocative'): number => c.forms.reduce((a, f) => a + f[k], 0);
  const kept = clusters
    .map((c) => ({ c, count: sum(c, 'count'), tags: sum(c, 'speechTags'), evidence: c.titles.size + sum(c, 'speechTags') + sum(c, 'possessive') + (sum(c, 'vocative') >= 2 ? 1 : 0) }))
    .filter((x) => (x.count >= 2 || x.tags >= 1 || x.c.titles.size > 0) && (x.evidence > 0 || x.c.role))
    .sort((a, b) => b.count - a.count);
  const memberOf = new Map<NameCluster, CastMember>();
  const narrator: CastMember | null = hasFirstPersonNarrator(paragraphs)
    ? { id: '', name: 'Narrator', aliases: ['Narrator'], gender: 'unknown', narrator: true, mentions: 0, narrationMentions: 0, role: false }
    : null;
  const members = kept.map(({ c, count }) => {
    let gender = c.titleGender;
    if (gender === 'unknown' && c.role) for (const h of c.heads) gender = titleOf(h)?.gender ?? gender;
    if (gender === 'unknown') {
      const v = votes.get(c);
      if (v) gender = genderFromVotes(v.male, v.female);
    }
    const aliases = [...new Set(c.forms.flatMap((f) => display(f, c.role)))];
    const member: CastMember = { id: '', name: chooseName(c), aliases, gender, narrator: false, mentions: count, narrationMentions: c.forms.reduce((a, f) => a + f.inNarration, 0), role: c.role };
    memberOf.set(c, member);
    return member;
  });
  const roles = new Map<string, CastMember>();
  for (const [phrase, tags] of findDescribedSpeakers(paragraphs)) {
    const name = `The ${phrase.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())}`;
    const head = phrase.split(' ').pop() ?? phrase;
    const member: CastMember = { id: '', name, aliases: [name, name.slice(4)], gender: NOUN_GENDER.get(head) ?? 'unknown', narrator: false, mentions: tags, narrationMentions: tags, role: true };
    roles.set(phrase, member);
  }
  const everyone = [...(narrator ? [narrator] : []), ...members, ...roles.values()];
  everyone.forEach((m, i) => (m.id = `c${i + 1}`));
  return {
    members: everyone,
    narrator,
    described: (phrase) => roles.get(phrase) ?? null,
    resolve: (m) => {
      const c = byKey.get(m.key);
      return c ? (memberOf.get(c) ?? null) : null;
    },
  };
}
