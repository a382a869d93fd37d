/**
 * Estimates seconds left from the rate so far. Returns null until there is enough to go on, so the UI
 * shows "estimating" instead of a wild first guess.
 */
export function estimateSecondsLeft(fraction: number, elapsedMs: number): number | null {
  if (fraction <= 0.02 || elapsedMs < 500) return null;
  if (fraction >= 1) return 0;
  return Math.round(((elapsedMs / fraction) * (1 - fraction)) / 1000);
}
