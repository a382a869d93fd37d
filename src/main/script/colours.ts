/**
 * Speaker chip colours. Each character keeps the colour it was given when it joined the cast (stored
 * with it), so a chip never changes colour because someone else was merged away.
 */

/** Twelve hues far enough apart to tell apart side by side, readable on light and dark backgrounds. */
export const SPEAKER_PALETTE = [
  '#4e79a7', '#e15759', '#59a14f', '#f28e2b', '#b07aa1', '#76b7b2',
  '#edc948', '#ff9da7', '#9c755f', '#8cd17d', '#a0cbe8', '#d37295',
] as const;

/** The narrator reads the narration: a neutral grey, so that the dialogue stands out. */
export const NARRATOR_COLOUR = '#8a8f98';

/** The palette colour fewest characters use (the first such in palette order). */
export function nextColour(used: Iterable<string>): string {
  const counts = new Map<string, number>(SPEAKER_PALETTE.map((c) => [c, 0]));
  for (const c of used) {
    const key = c.toLowerCase();
    const n = counts.get(key);
    if (n !== undefined) counts.set(key, n + 1);
  }
  let best: string = SPEAKER_PALETTE[0];
  for (const c of SPEAKER_PALETTE) if ((counts.get(c) ?? 0) < (counts.get(best) ?? 0)) best = c;
  return best;
}
