import type { Gender } from '../../../shared/script';

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const WINDOW = 160;

/**
 * The gender of the first third-person pronoun after a mention, before the sentence after next
 * ends and before another capitalised word intervenes: `Elizabeth smiled, and she ...` votes
 * female. `stopAt` is where the next name mention begins.
 */
export function pronounAfter(text: string, from: number, stopAt: number): Gender {
  const limit = Math.min(text.length, from + WINDOW, stopAt);
  const fragment = text.slice(from, limit);
  let sentences = 0;
  for (const m of fragment.matchAll(/[\p{L}']+|[.!?"\u201c\u201d]/gu)) {
    const w = m[0];
    if (w === '.' || w === '!' || w === '?') {
      if (++sentences >= 2) break;
      continue;
    }
    if (w === '"' || w === '\u201c' || w === '\u201d') break;
    const lw = w.toLowerCase();
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
