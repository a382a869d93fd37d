import type { Emphasis } from '../../../../shared/book';

export interface TextRun {
  text: string;
  emphasized: boolean;
}

/**
 * Splits a paragraph into plain and emphasised runs. Ranges may come unsorted, overlapping or partly
 * outside the text (the engine's offsets are trusted for position, not for shape); the result always
 * covers the text exactly once, in order.
 */
export function emphasisRuns(text: string, emphasis: readonly Emphasis[] | undefined): TextRun[] {
  if (!emphasis || emphasis.length === 0) return text ? [{ text, emphasized: false }] : [];
  const spans = emphasis
    .map(({ start, end }) => ({ start: clamp(start, text.length), end: clamp(end, text.length) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const runs: TextRun[] = [];
  let at = 0;
  for (const span of spans) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    if (start > at) runs.push({ text: text.slice(at, start), emphasized: false });
    runs.push({ text: text.slice(start, span.end), emphasized: true });
    at = span.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), emphasized: false });
  return runs;
}

function clamp(value: number, length: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), 0), length) : 0;
}
