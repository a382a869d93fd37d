/** Words in a line that shows a voice well: a full sentence, short enough to hear at once. */
const FEWEST_WORDS = 6;
const MOST_WORDS = 30;

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * The line a character's voice is tried on: their first line of a good length, else their longest
 * (a character of one-word lines is heard saying one word), else null when they say nothing.
 */
export function chooseSampleLine(lines: readonly string[]): string | null {
  const fitting = lines.find((line) => {
    const words = wordCount(line);
    return words >= FEWEST_WORDS && words <= MOST_WORDS;
  });
  if (fitting) return fitting.trim();
  let best: string | null = null;
  for (const line of lines) if (wordCount(line) > 0 && wordCount(line) <= MOST_WORDS && (!best || line.length > best.length)) best = line;
  if (best) return best.trim();
  const long = lines.find((line) => wordCount(line) > MOST_WORDS);
  return long ? firstWords(long, MOST_WORDS) : null;
}

function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/);
  return `${words.slice(0, count).join(' ').replace(/[,;:—–-]+$/, '')}…`;
}

/** What a character who says nothing in the book is tried on. */
export function introductionLine(name: string, narrator: boolean): string {
  return narrator ? 'This is the voice that reads the story.' : `My name is ${name}.`;
}
