import type { Gender } from '../../../shared/script';
import type { Cast, CastMember } from '../characters/build-cast';
import { isInQuote, type ParagraphModel } from '../paragraph-model';

const LOOKBACK_PARAGRAPHS = 10;
/** How far back within one paragraph a search goes, so that a huge paragraph stays linear. */
const MAX_CANDIDATES_PER_PARAGRAPH = 40;

/** Index of the last mention before `pos` (mentions are in order), or -1. */
function lastBefore(mentions: ReadonlyArray<{ pos: number }>, pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.pos ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Per paragraph, the cast members named in its narration and where, in order. */
export type NarrationMentions = ReadonlyArray<ReadonlyArray<{ pos: number; member: CastMember }>>;

export function narrationMentions(paragraphs: ParagraphModel[], cast: Cast): NarrationMentions {
  return paragraphs.map((p) => {
    const out: Array<{ pos: number; member: CastMember }> = [];
    for (const m of p.names) {
      if (isInQuote(p, m.start)) continue;
      const member = cast.resolve(m);
      if (member) out.push({ pos: m.start, member });
    }
    return out;
  });
}

/**
 * Who has been mentioned or has spoken, paragraph by paragraph, so that a pronoun or a
 * description can be resolved to the nearest person of the right gender before it.
 */
export class Discourse {
  private readonly speakers: Array<{ pos: number; member: CastMember } | null>;

  /** `mentions` (see `narrationMentions`) may be shared by several passes over the book: it is only read. */
  constructor(
    private readonly paragraphs: ParagraphModel[],
    private readonly cast: Cast,
    private readonly mentions: NarrationMentions,
  ) {
    this.speakers = paragraphs.map(() => null);
  }

  setSpeaker(i: number, member: CastMember | null): void {
    const p = this.paragraphs[i];
    this.speakers[i] = member && p ? { pos: p.spans[0]?.start ?? 0, member } : null;
  }

  speakerOf(i: number): CastMember | null {
    return this.speakers[i]?.member ?? null;
  }

  /**
   * The nearest person before (`i`, `pos`) whose gender matches (any gender for 'unknown'), skipping
   * `exclude` and, when given, anyone not `among` them. A person of unknown gender is taken only
   * when nobody of the right gender is near.
   */
  nearest(i: number, pos: number, gender: Gender, exclude: ReadonlySet<string>, among?: ReadonlySet<CastMember>): CastMember | null {
    let fallback: CastMember | null = null;
    const consider = (m: CastMember): CastMember | null => {
      if (exclude.has(m.id) || m.narrator || (among && !among.has(m))) return null;
      if (gender === 'unknown' || m.gender === gender) return m;
      if (m.gender === 'unknown' && !fallback) fallback = m;
      return null;
    };
    for (let j = i; j >= 0 && i - j <= LOOKBACK_PARAGRAPHS; j--) {
      const mentions = this.mentions[j] ?? [];
      const s = this.speakers[j];
      let k = j === i ? lastBefore(mentions, pos) : mentions.length - 1;
      let speakerDone = !s || (j === i && s.pos >= pos);
      // Newest first: mentions and the paragraph's speaker merged by position, a bounded number of them.
      for (let seen = 0; seen < MAX_CANDIDATES_PER_PARAGRAPH && (k >= 0 || !speakerDone); seen++) {
        const mention = mentions[k];
        if (!speakerDone && s && (!mention || s.pos >= mention.pos)) {
          speakerDone = true;
          const hit = consider(s.member);
          if (hit) return hit;
          continue;
        }
        if (!mention) break;
        k--;
        const hit = consider(mention.member);
        if (hit) return hit;
      }
      if (this.paragraphs[j]?.sceneStart) break;
    }
    return fallback;
  }

  /** The nearest person named in paragraph `i`'s narration before `pos` who passes `fits`. */
  namedBefore(i: number, pos: number, fits: (m: CastMember) => boolean): CastMember | null {
    const mentions = this.mentions[i] ?? [];
    for (let k = lastBefore(mentions, pos), seen = 0; k >= 0 && seen < MAX_CANDIDATES_PER_PARAGRAPH; k--, seen++) {
      const m = mentions[k]?.member;
      if (m && fits(m)) return m;
    }
    return null;
  }

  /** The husband of a `Mrs. X` or the wife of a `Mr. X`, when the cast has both. */
  spouseOf(member: CastMember): CastMember | null {
    for (const alias of [member.name, ...member.aliases]) {
      const m = /^(Mr\.|Mrs\.)\s+(.+)$/.exec(alias);
      if (!m) continue;
      const wanted = `${m[1] === 'Mr.' ? 'Mrs.' : 'Mr.'} ${m[2]}`;
      const found = this.cast.members.find((c) => c.name === wanted || c.aliases.includes(wanted));
      if (found) return found;
    }
    return null;
  }
}
