/**
 * WebVTT captions from the assembled timings: one cue per segment, long segments split at sentence
 * boundaries. Sentence times come from the engine when it reported them, otherwise they are
 * apportioned by length of text, which is close for a single voice at a steady pace.
 */

export interface TimedSentence {
  text: string;
  /** Seconds in the file, when the engine reported where the sentence starts. */
  start: number | null;
}

export interface TimedSegment {
  id: string;
  text: string;
  /** Seconds from the start of the file. */
  start: number;
  end: number;
  sentences?: TimedSentence[];
}

export interface CaptionOptions {
  maxCueSeconds: number;
  maxCueChars: number;
}

export const DEFAULT_CAPTIONS: CaptionOptions = { maxCueSeconds: 7, maxCueChars: 120 };

export interface Cue {
  id: string;
  start: number;
  end: number;
  text: string;
}

export function formatVttTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** Splits text after sentence-ending punctuation (and any closing quotes or brackets). */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["'”’»)\]]*)\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function sentencesOf(segment: TimedSegment): TimedSentence[] {
  if (segment.sentences && segment.sentences.length > 0) return segment.sentences;
  return splitSentences(segment.text).map((text) => ({ text, start: null }));
}

/** Each sentence's [start, end) inside the segment. */
function timeSentences(segment: TimedSegment, sentences: TimedSentence[]): Array<{ text: string; start: number; end: number }> {
  const duration = segment.end - segment.start;
  const chars = sentences.reduce((sum, s) => sum + s.text.length, 0) || 1;
  let cursor = segment.start;
  const starts = sentences.map((s) => {
    const estimated = cursor;
    cursor += (duration * s.text.length) / chars;
    const known = s.start !== null && s.start >= segment.start && s.start <= segment.end ? s.start : null;
    return known ?? estimated;
  });
  return sentences.map((s, i) => ({ text: s.text, start: starts[i]!, end: i + 1 < sentences.length ? Math.max(starts[i]!, starts[i + 1]!) : segment.end }));
}

export function segmentCues(segment: TimedSegment, options: CaptionOptions = DEFAULT_CAPTIONS): Cue[] {
  const whole = { id: segment.id, start: segment.start, end: segment.end, text: segment.text.trim() };
  const long = segment.end - segment.start > options.maxCueSeconds || whole.text.length > options.maxCueChars;
  const sentences = sentencesOf(segment);
  if (!long || sentences.length < 2) return [whole];
  const timed = timeSentences(segment, sentences);
  const cues: Cue[] = [];
  let group: typeof timed = [];
  const flush = (): void => {
    if (group.length === 0) return;
    cues.push({ id: `${segment.id}-${cues.length + 1}`, start: group[0]!.start, end: group.at(-1)!.end, text: group.map((s) => s.text).join(' ') });
    group = [];
  };
  for (const sentence of timed) {
    const candidate = [...group, sentence];
    const text = candidate.map((s) => s.text).join(' ');
    const fits = sentence.end - candidate[0]!.start <= options.maxCueSeconds && text.length <= options.maxCueChars;
    if (!fits) flush();
    group.push(sentence);
  }
  flush();
  return cues;
}

/** Cue text cannot hold markup characters or the `-->` arrow; identifiers cannot hold line breaks. */
function escapeCueText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s*\n\s*/g, ' ');
}

export function buildWebVtt(segments: TimedSegment[], options: CaptionOptions = DEFAULT_CAPTIONS): string {
  const blocks = ['WEBVTT', ''];
  for (const cue of segments.flatMap((s) => segmentCues(s, options))) {
    blocks.push(cue.id.replace(/\s+|-->/g, '_'), `${formatVttTime(cue.start)} --> ${formatVttTime(cue.end)}`, escapeCueText(cue.text), '');
  }
  return blocks.join('\n');
}
