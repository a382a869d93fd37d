import type { ParagraphDialogue } from './find-dialogue';

const SONG_CUE = /\b(?:sang|sing|sings|singing|sung|hummed|hum|hums|humming|chanted|chant|chanting|recited|song|songs|verse|verses|hymn|ditty|murmur|murmured|murmuring|like this|as follows|went like|began)\b/i;

/**
 * Whether a paragraph's source is laid out as verse: two or more lines, all indented, none of them
 * as long as a line of wrapped prose. Plain-text books print songs and poems that way.
 */
export function isVerseLayout(source: string): boolean {
  const lines = source.split('\n').filter((l) => l.trim().length > 0);
  if (lines.length < 2) return false;
  return lines.every((l) => /^\s{2,}\S/.test(l) && l.trim().length <= 60);
}

/**
 * Whether a paragraph's source is an indented block of prose: every line indented, the lines as
 * long as wrapped prose. Plain-text books set letters and extracts that way.
 */
export function isIndentedProse(source: string): boolean {
  const lines = source.split('\n').filter((l) => l.trim().length > 0);
  if (lines.length < 2) return false;
  return lines.every((l) => /^\s{2,}\S/.test(l)) && lines.some((l) => l.trim().length > 60);
}

/**
 * A song printed as indented verse without quotation marks, right after narration that says
 * someone sings or hums (`Winnie-the-Pooh sang this song:`), is that person's line. Consecutive
 * verse paragraphs carry the song on. `verse` flags the paragraphs laid out as verse.
 */
export function markSungVerse(texts: string[], verse: boolean[], dialogue: ParagraphDialogue[]): void {
  let singing = false;
  for (let p = 0; p < texts.length; p++) {
    const d = dialogue[p];
    const text = texts[p] ?? '';
    if (!d) continue;
    if (verse[p] && d.spans.length === 0) {
      const previous = texts[p - 1] ?? '';
      // A title in capitals (`ANXIOUS POOH SONG.`) heads a written piece, not a sung one.
      const heading = !/\p{Ll}/u.test(previous);
      const cue = !singing && p > 0 && !verse[p - 1] && !heading && (dialogue[p - 1]?.spans.length ?? 0) === 0 && SONG_CUE.test(previous.slice(-160));
      if (singing || cue) {
        d.spans = [{ start: 0, end: text.length, openMark: -1, closeMark: -1 }];
        d.continuesPrevious = singing;
        const prev = dialogue[p - 1];
        if (singing && prev) prev.continuesNext = true;
        singing = true;
        continue;
      }
    }
    singing = false;
  }
}
