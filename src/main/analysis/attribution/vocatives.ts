import type { Cast, CastMember } from '../characters/build-cast';
import { spanAt, type ParagraphModel } from '../paragraph-model';

const BEFORE_VOCATIVE = /(?:^|[,"\u201c\u2018'(\u2014!?.]|\b(?:dear|dearest|my|oh|o|poor|good|well|yes|no|sir|madam))\s*$/i;
const AFTER_VOCATIVE = /^\s*(?:[,!?.;:\u2014]|--|$)/;

/**
 * The people addressed inside a paragraph's quotations: a name set off by punctuation or after
 * `my dear` (`"My dear Mr. Bennet, have you heard"`, `"Come, Lizzy."`). The addressee is not the
 * speaker, and is likely to answer.
 */
export function findVocatives(p: ParagraphModel, cast: Cast): CastMember[] {
  const out: CastMember[] = [];
  for (const m of p.names) {
    const span = spanAt(p, m.start);
    if (!span || m.end > span.end || m.possessive) continue;
    const before = p.text.slice(Math.max(span.start, m.start - 14), m.start);
    const after = p.text.slice(m.end, Math.min(span.end, m.end + 3));
    // A quote that is only a name (`"Bingley."`) answers a question; it does not address anyone.
    if (/^[\s\p{P}]*$/u.test(p.text.slice(span.start, m.start) + p.text.slice(m.end, span.end))) continue;
    const atEdge = m.start === span.start || m.end === span.end;
    if (!(atEdge || BEFORE_VOCATIVE.test(before)) || !(m.end === span.end || AFTER_VOCATIVE.test(after))) continue;
    const member = cast.resolve(m);
    if (member && !out.includes(member)) out.push(member);
  }
  return out;
}
