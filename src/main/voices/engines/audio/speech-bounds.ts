/** A window of 10 ms at any rate is judged at once, so a click or a breath does not count as speech. */
const WINDOW_SECONDS = 0.01;
/** About -40 dBFS: quieter than any voiced sound, louder than the engines' silences. */
const THRESHOLD = 0.01;

/** The first and last sample of `[start, end)` inside a window loud enough to be speech, or null. */
export function speechBounds(samples: Float32Array, start: number, end: number, sampleRate: number): [number, number] | null {
  const window = Math.max(1, Math.round(sampleRate * WINDOW_SECONDS));
  const loud = (from: number): boolean => {
    let energy = 0;
    const to = Math.min(end, from + window);
    for (let i = from; i < to; i++) energy += (samples[i] ?? 0) ** 2;
    return Math.sqrt(energy / Math.max(1, to - from)) >= THRESHOLD;
  };
  let first = -1;
  for (let i = start; i < end; i += window) {
    if (loud(i)) {
      first = i;
      break;
    }
  }
  if (first < 0) return null;
  let last = first;
  for (let i = end - window; i > first; i -= window) {
    if (loud(Math.max(first, i))) {
      last = Math.min(end, i + window);
      break;
    }
  }
  return [first, Math.max(last, Math.min(end, first + window))];
}
