import type { AttributionReason, Gender } from '../../../shared/script';
import type { Cast, CastMember } from '../characters/build-cast';
import type { ParagraphModel } from '../paragraph-model';
import type { SpanSpeaker } from '../segments/build-segments';
import type { QuoteSpan } from '../segments/pair-quote-marks';
import { Discourse, narrationMentions, type NarrationMentions } from './discourse';
import { clauseStart, clauseSubject } from './clause-subject';
import { tagAfter, tagBefore, type Tag } from './explicit-tags';
import { tokenize, type Referent } from './referents';
import { conversations, resolveTurns, type Utterance } from './turn-taking';
import { nameNarrator } from './name-narrator';
import { findVocatives } from './vocatives';

/** Verbs that carry on the previous speaker's turn rather than answer it. */
const CONTINUING_VERBS = new Set(['continued', 'continues', 'added', 'adds', 'went', 'goes', 'resumed', 'resumes', 'pursued', 'persisted', 'repeated', 'proceeded']);

/** How many utterances either side count as the conversation around a line. */
const PARTICIPANT_WINDOW = 4;

const CONFIDENCE = {
  name: 0.95,
  continuation: 0.9,
  firstPerson: 0.9,
  pronoun: 0.85,
  description: 0.75,
  actionBeat: 0.7,
  afterBeat: 0.55,
} as const;

interface Resolved {
  member: CastMember | null;
  confidence: number;
  reason: AttributionReason;
}

/**
 * The person of the right gender a pronoun or description points at: someone just named in the
 * narration of this paragraph or the one before; else, when the conversation is known, the nearest
 * of its speakers; else the nearest person mentioned or speaking.
 */
function byGender(i: number, at: number, gender: Gender, d: Discourse, exclude: ReadonlySet<string>, participants: readonly CastMember[] | null): CastMember | null {
  const fits = (m: CastMember): boolean => !exclude.has(m.id) && !m.narrator && (gender === 'unknown' || m.gender === gender);
  const here = d.namedBefore(i, at, fits);
  if (here) return here;
  if (participants) {
    const before = d.namedBefore(i - 1, Infinity, fits);
    if (before) return before;
    const speaker = participants.find(fits);
    if (speaker) return speaker;
  }
  return d.nearest(i, at, gender, exclude);
}

function resolveReferent(r: Referent, i: number, d: Discourse, cast: Cast, exclude: ReadonlySet<string>, participants: readonly CastMember[] | null): Resolved {
  switch (r.kind) {
    case 'name':
      return { member: r.member, confidence: CONFIDENCE.name, reason: 'speech-verb-name' };
    case 'pronoun':
      if (r.plural) return { member: null, confidence: 0, reason: 'unresolved' };
      if (r.firstPerson) return { member: cast.narrator, confidence: CONFIDENCE.firstPerson, reason: 'first-person-narrator' };
      return { member: byGender(i, r.at, r.gender, d, exclude, participants), confidence: CONFIDENCE.pronoun, reason: 'speech-verb-pronoun' };
    case 'description': {
      if (r.relation === 'spouse' && r.possessor) {
        const owner = d.nearest(i, r.at, r.possessor, new Set());
        const spouse = owner ? d.spouseOf(owner) : null;
        if (spouse) return { member: spouse, confidence: CONFIDENCE.description, reason: 'speech-verb-description' };
      }
      return { member: byGender(i, r.at, r.gender, d, exclude, participants), confidence: CONFIDENCE.description, reason: 'speech-verb-description' };
    }
  }
}

/**
 * `"Idiot!" said the Queen; and, turning to Alice, she went on, "..."`: within one paragraph a
 * pronoun tag of the gender of a speaker already named there is that speaker again, not the
 * person just mentioned. The last speaker named of each gender is kept as the paragraph's tags are
 * read, so a paragraph of thousands of quotes (a book on one line) costs no more than its tags.
 */
class NamedInParagraph {
  private readonly last = new Map<string, { at: number; resolved: Resolved }>();

  note(at: number, resolved: Resolved): void {
    if (resolved.member && resolved.reason === 'speech-verb-name') this.last.set(resolved.member.gender, { at, resolved });
  }

  again(r: Referent): Resolved | null {
    if (r.kind !== 'pronoun' || r.firstPerson || r.plural) return null;
    const same = this.last.get(r.gender);
    const unknown = this.last.get('unknown');
    const found = same && (!unknown || same.at > unknown.at) ? same : unknown;
    return found?.resolved.member ? { member: found.resolved.member, confidence: CONFIDENCE.pronoun, reason: 'speech-verb-pronoun' } : null;
  }
}

/** The people a pronoun tag should not point at: who spoke just before, unless the verb continues their turn. */
function excludedBy(tag: Tag | null, i: number, d: Discourse, paragraphs: ParagraphModel[]): Set<string> {
  const out = new Set<string>();
  const previous = paragraphs[i - 1];
  const before = d.speakerOf(i - 1);
  if (previous && previous.spans.length > 0 && before && !(tag && CONTINUING_VERBS.has(tag.verb))) out.add(before.id);
  return out;
}

/**
 * A speech tag that ends the previous paragraph and leads into this one: `Mr. Bennet coolly
 * observed,` or `Mrs. Hurst began again.` on a line of its own before the speech.
 */
function leadInTag(paragraphs: ParagraphModel[], i: number, cast: Cast): Tag | null {
  const prev = paragraphs[i - 1];
  const here = paragraphs[i];
  if (!prev || !here || here.sceneStart) return null;
  const last = prev.spans[prev.spans.length - 1];
  const from = last ? (last.closeMark >= 0 ? last.closeMark + 1 : last.end) : 0;
  if (prev.text.slice(from).trim() === '') return null;
  if (last) {
    // Narration right after a quote tags that quote (`"...," said he.`), not the next paragraph,
    // unless it goes on to lead into the next (`"No," the King said, and went on to himself,`).
    const body = prev.text.slice(from).replace(/[.!?;\s]+$/, '');
    const ownTag = tagAfter(prev, from, prev.text.length, cast) !== null;
    if (clauseStart(prev.text, from, from + body.length) <= from + 1 && (ownTag ? !/[,:]\s*$/.test(prev.text) : false)) return null;
  }
  return tagBefore(prev, from, prev.text.length, cast);
}

/** The subject of the narration in [from, to): sentence by sentence from the end, or from the start. */
function subjectIn(p: ParagraphModel, from: number, to: number, fromEnd: boolean, cast: Cast): Referent | null {
  const sentences: Array<[number, number]> = [];
  let end = to;
  while (end > from) {
    const start = clauseStart(p.text, from, end - 1);
    sentences.push([start, end]);
    end = start - 1;
    if (sentences.length > 6) break;
  }
  if (!fromEnd) sentences.reverse();
  for (const [s, e] of sentences) {
    const tokens = tokenize(p.text, s, e);
    const subject = clauseSubject(p, tokens, Math.min(tokens.length, 12), cast);
    if (subject) return subject.referent;
  }
  return null;
}

/**
 * Attributes every quotation. First the evidence in each paragraph (speech tags with names,
 * pronouns or descriptions; a quote carried on from the paragraph before; an action that opens the
 * paragraph), then turn-taking and validation across each conversation.
 */
/** What a paragraph says about its own speaker, found once and resolved in each pass. */
interface Evidence {
  /** Per quotation: its speech tag, and the paragraph whose narration holds it. */
  tags: Array<{ tag: Tag; paragraph: number } | null>;
  /** The subject of the narration before the quote (or after it, weaker). */
  beat: { referent: Referent; confidence: number } | null;
  /** People addressed by name in the quotes. */
  addressees: CastMember[];
}

/**
 * `When Pooh asked, "How?" Robin said, "Like this."`: a quote that ends its sentence, followed by a
 * tag that runs up to the next quote with a comma or colon, hands that tag to the next quote.
 */
function leadsIntoNext(p: ParagraphModel, span: QuoteSpan, closeEnd: number, nextOpen: number): boolean {
  return /[.!?][_*]*\s*$/.test(p.text.slice(span.start, span.end)) && /[,:]\s*$/.test(p.text.slice(closeEnd, nextOpen));
}

function findEvidence(paragraphs: ParagraphModel[], i: number, cast: Cast): Evidence {
  const p = paragraphs[i];
  if (!p) return { tags: [], beat: null, addressees: [] };
  const addressees = findVocatives(p, cast);
  const tags = p.spans.map((span, k) => {
    const closeEnd = span.closeMark >= 0 ? span.closeMark + 1 : span.end;
    const next = p.spans[k + 1];
    const nextOpen = next ? (next.openMark >= 0 ? next.openMark : next.start) : p.text.length;
    const prev = p.spans[k - 1];
    const prevEnd = prev ? (prev.closeMark >= 0 ? prev.closeMark + 1 : prev.end) : 0;
    const open = span.openMark >= 0 ? span.openMark : span.start;
    const after = tagAfter(p, closeEnd, nextOpen, cast);
    const before = tagBefore(p, prevEnd, open, cast);
    const tag = after && before && next && leadsIntoNext(p, span, closeEnd, nextOpen) ? before : (after ?? before);
    if (tag) return { tag, paragraph: i };
    const leadIn = k === 0 && p.text.slice(0, open).trim() === '' ? leadInTag(paragraphs, i, cast) : null;
    return leadIn ? { tag: leadIn, paragraph: i - 1 } : null;
  });
  const first = p.spans[0];
  const firstOpen = first ? (first.openMark >= 0 ? first.openMark : first.start) : 0;
  const pre = firstOpen > 0 ? subjectIn(p, 0, firstOpen, true, cast) : null;
  if (pre) return { tags, beat: { referent: pre, confidence: CONFIDENCE.actionBeat }, addressees };
  const last = p.spans[p.spans.length - 1];
  const lastEnd = last ? (last.closeMark >= 0 ? last.closeMark + 1 : last.end) : p.text.length;
  const post = lastEnd < p.text.length ? subjectIn(p, lastEnd, p.text.length, false, cast) : null;
  return { tags, beat: post ? { referent: post, confidence: CONFIDENCE.afterBeat } : null, addressees };
}

/**
 * One pass over the book: each paragraph's evidence resolved in reading order (pronouns look back
 * at who was just mentioned or speaking), then turn-taking. `participants` (from an earlier pass)
 * lets pronouns prefer the people in the conversation.
 */
function attributionPass(
  paragraphs: ParagraphModel[],
  evidence: Array<Evidence | null>,
  cast: Cast,
  mentions: NarrationMentions,
  participants: (i: number) => readonly CastMember[] | null,
): { utterances: Utterance[]; spanSpeakers: Array<Array<Resolved | null>>; inherited: boolean[][]; d: Discourse } {
  const d = new Discourse(paragraphs, cast, mentions);
  const utterances: Utterance[] = [];
  const spanSpeakers: Array<Array<Resolved | null>> = paragraphs.map((p) => p.spans.map(() => null));
  const inherited: boolean[][] = paragraphs.map((p) => p.spans.map(() => true));
  paragraphs.forEach((p, i) => {
    const ev = evidence[i];
    if (!ev || p.spans.length === 0) return;
    const perSpan = spanSpeakers[i] ?? [];
    const near = participants(i);
    const named = new NamedInParagraph();
    ev.tags.forEach((t, k) => {
      if (!t) return;
      const r = named.again(t.tag.referent) ?? resolveReferent(t.tag.referent, t.paragraph, d, cast, excludedBy(t.tag, i, d, paragraphs), near);
      if (r.member) {
        perSpan[k] = r;
        named.note(k, r);
        const own = inherited[i];
        if (own) own[k] = false;
      }
    });
    let paragraphSpeaker: Resolved | null = perSpan.find((x) => x !== null) ?? null;
    if (!paragraphSpeaker && p.continuesPrevious) {
      const before = d.speakerOf(i - 1);
      if (before) paragraphSpeaker = { member: before, confidence: CONFIDENCE.continuation, reason: 'continuation' };
    }
    if (!paragraphSpeaker && ev.beat) {
      const r = resolveReferent(ev.beat.referent, i, d, cast, excludedBy(null, i, d, paragraphs), near);
      if (r.member) paragraphSpeaker = { member: r.member, confidence: ev.beat.confidence, reason: 'action-beat' };
    }
    // Spans without their own tag take the paragraph's speaker: one voice per paragraph unless tags say otherwise.
    p.spans.forEach((_, k) => {
      if (!perSpan[k] && paragraphSpeaker) perSpan[k] = paragraphSpeaker;
    });
    d.setSpeaker(i, perSpan[perSpan.length - 1]?.member ?? null);
    utterances.push({
      paragraph: i,
      speaker: paragraphSpeaker?.member ?? null,
      confidence: paragraphSpeaker?.confidence ?? 0,
      reason: paragraphSpeaker?.reason ?? 'unresolved',
      addressees: ev.addressees.map((a) => a.mergedInto ?? a),
      continuesPrevious: p.continuesPrevious,
    });
  });
  return { utterances, spanSpeakers, inherited, d };
}

/** For each paragraph, the other speakers of its conversation, nearest first. */
function participantsOf(utterances: Utterance[], paragraphs: ParagraphModel[]): Map<number, CastMember[]> {
  const out = new Map<number, CastMember[]>();
  for (const conv of conversations(utterances, paragraphs)) {
    conv.forEach((u, k) => {
      const list: CastMember[] = [];
      for (let dist = 1; dist <= PARTICIPANT_WINDOW; dist++) {
        for (const j of [k - dist, k + dist]) {
          const s = conv[j]?.speaker;
          if (s && !list.includes(s)) list.push(s);
        }
      }
      out.set(u.paragraph, list);
    });
  }
  return out;
}

/**
 * Attributes every quotation. First the evidence in each paragraph (speech tags with names,
 * pronouns or descriptions; a quote carried on from the paragraph before; an action that opens the
 * paragraph), then turn-taking and validation across each conversation. A second pass resolves
 * pronouns again, now preferring the people the first pass found in each conversation.
 */
export function attributeQuotes(paragraphs: ParagraphModel[], cast: Cast): SpanSpeaker[][] {
  const evidence = paragraphs.map((p, i) => (p.spans.length > 0 ? findEvidence(paragraphs, i, cast) : null));
  // Both passes see the same names in the narration: they are resolved once.
  const mentions = narrationMentions(paragraphs, cast);
  const first = attributionPass(paragraphs, evidence, cast, mentions, () => null);
  nameNarrator(cast, first.utterances);
  resolveTurns(first.utterances, paragraphs, first.d);
  const near = participantsOf(first.utterances, paragraphs);
  const { utterances, spanSpeakers, inherited, d } = attributionPass(paragraphs, evidence, cast, mentions, (i) => near.get(i) ?? null);
  resolveTurns(utterances, paragraphs, d);

  for (const u of utterances) {
    const perSpan = spanSpeakers[u.paragraph] ?? [];
    const p = paragraphs[u.paragraph];
    if (!p) continue;
    p.spans.forEach((_, k) => {
      if (inherited[u.paragraph]?.[k] !== false) perSpan[k] = { member: u.speaker, confidence: u.confidence, reason: u.reason };
    });
  }
  return spanSpeakers.map((row) =>
    row.map((r) =>
      r && r.member ? { speakerId: (r.member.mergedInto ?? r.member).id, confidence: r.confidence, reason: r.reason } : { speakerId: null, confidence: 0, reason: 'unresolved' },
    ),
  );
}
