import type { ParagraphDialogue } from './find-dialogue';

/**
 * The width a plain-text book wraps its prose at: the length most of its lines stay within (the
 * 95th percentile, so that a few overlong lines do not count).
 */
export function wrapWidth(source: string): number {
  const lengths: number[] = [];
  for (const line of source.split('\n')) {
    const n = line.trimEnd().length;
    if (n > 0) lengths.push(n);
  }
  if (lengths.length === 0) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.95)] ?? 0;
}

/** How far short of the wrap width a line must stop for its break to be the author's, not the wrap's. */
const SLACK = 6;
const STARTS_CAPITALISED = /^[\s"'\u201c\u2018_(]*\p{Lu}/u;
const ENDS_CLAUSE = /(?:[,.;:!?]|--|[\u2014\u2013])["'\u201d\u2019]?$/;

/**
 * Whether a paragraph's source is laid out as verse: three or more lines, all but one in five
 * starting with a capital, and every break either well short of the wrap width (the next word would have fitted) or
 * at the end of a clause, with at least one short break. Wrapped prose breaks only where the next
 * word does not fit, and rarely starts three lines running with a capital.
 */
export function isVerseLines(source: string, width: number): boolean {
  const lines = source.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim().length > 0);
  if (lines.length < 3 || width <= 0) return false;
  // A word hyphenated across two lines may start one of every five lower-case.
  if (lines.filter((l) => !STARTS_CAPITALISED.test(l)).length > Math.floor(lines.length / 5)) return false;
  let short = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = lines[k] ?? '';
    const nextWord = (lines[k + 1] ?? '').trim().split(/\s+/)[0] ?? '';
    if (line.length + 1 + nextWord.length <= width - SLACK) short++;
    else if (!ENDS_CLAUSE.test(line)) return false;
  }
  return short > 0;
}

/**
 * Verse in quotation marks is a poem or a song being recited (`Alice folded her hands, and
 * began:-- "You are old, Father William," ...`), read from a page, or sung as a known piece: a text
 * performed, not a line of dialogue, even where its stanzas have speech tags of their own. The
 * quotes of paragraphs laid out as verse are dropped; a song sung in a character's own voice, set
 * as an indented block after a singing cue, is picked up afterwards by `markSungVerse` as a whole.
 * `sources` are the paragraphs' source slices ('' where unknown).
 */
export function dropRecitedVerse(sources: string[], width: number, dialogue: ParagraphDialogue[]): number {
  let dropped = 0;
  dialogue.forEach((d, p) => {
    if (d.spans.length === 0 || !isVerseLines(sources[p] ?? '', width)) return;
    d.spans = [];
    if (d.continuesPrevious) {
      const previous = dialogue[p - 1];
      if (previous) previous.continuesNext = false;
    }
    if (d.continuesNext) {
      const next = dialogue[p + 1];
      if (next) next.continuesPrevious = false;
    }
    d.continuesPrevious = false;
    d.continuesNext = false;
    dropped++;
  });
  return dropped;
}
