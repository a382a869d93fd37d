/** `silencedetect` log lines: `silence_start: T` and `silence_end: T | silence_duration: D`. */
export interface SilenceInterval {
  start: number;
  /** Null when the stream ended inside the silence and this FFmpeg did not close it. */
  end: number | null;
}

export function parseSilences(log: string): SilenceInterval[] {
  const intervals: SilenceInterval[] = [];
  for (const line of log.split('\n')) {
    if (!line.startsWith('[silencedetect')) continue;
    const start = /silence_start: (-?[\d.]+)/.exec(line);
    if (start) {
      intervals.push({ start: Math.max(0, Number.parseFloat(start[1]!)), end: null });
      continue;
    }
    const end = /silence_end: (-?[\d.]+)/.exec(line);
    const open = intervals.at(-1);
    if (end && open && open.end === null) open.end = Number.parseFloat(end[1]!);
  }
  return intervals;
}

/**
 * Silence at the head and the tail of a stream of `durationSeconds` that starts at `startSeconds`
 * (MP3 decoders report a small start offset). A silence counts as the tail when it reaches the end.
 */
export function headAndTail(intervals: SilenceInterval[], startSeconds: number, durationSeconds: number): { head: number; tail: number } {
  const tolerance = 0.05;
  const end = startSeconds + durationSeconds;
  const first = intervals[0];
  const head = first && first.start <= startSeconds + tolerance ? (first.end ?? end) - first.start : 0;
  const last = intervals.at(-1);
  const tail = last && (last.end === null || last.end >= end - tolerance) ? Math.min(end, last.end ?? end) - last.start : 0;
  return { head: Math.max(0, head), tail: Math.max(0, tail) };
}
