import type { Gender } from '../../../shared/script';
import { letterAt } from '../text-scan';

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const WINDOW = 160;

/** The end of the run of letters and apostrophes that starts at `i` (at most `end`). */
function wordEnd(text: string, i: number, end: number): number {
  let k = i;
  while (k < end) {
    const n = text.charCodeAt(k) === 39 ? 1 : letterAt(text, k, end);
    if (n === 0) break;
    k += n;
  }
  return k;
}

/**
 * The gender of the first third-person pronoun after a mention, before the sentence after next
 * ends and before another capitalised word intervenes: `Elizabeth smiled, and she ...` votes
 * female. `stopAt` is where the next name mention begins. Words are runs of letters and
 * apostrophes (`she's` is not `she`).
 */
export function pronounAfter(text: string, from: number, stopAt: number): Gender {
  const limit = Math.min(text.length, from + WINDOW, stopAt);
  let sentences = 0;
  let i = from;
  while (i < limit) {
    const c = text.charCodeAt(i);
    // `.`, `!`, `?` end a sentence; a quotation mark ends the narration the pronoun may be in.
    if (c === 46 || c === 33 || c === 63) {
      if (++sentences >= 2) break;
      i++;
      continue;
    }
    if (c === 34 || c === 0x201c || c === 0x201d) break;
    const start = i;
    i = wordEnd(text, i, limit);
    if (i === start) {
      i++;
      continue;
    }
    const lw = text.slice(start, i).toLowerCase();
    if (MALE.has(lw)) return 'male';
    if (FEMALE.has(lw)) return 'female';
  }
  return 'unknown';
}

/** Decides a gender from pronoun votes: a clear majority of at least two. */
export function genderFromVotes(male: number, female: number): Gender {
  if (male >= 2 && male >= 2 * female) return 'male';
  if (female >= 2 && female >= 2 * male) return 'female';
  return 'unknown';
}
