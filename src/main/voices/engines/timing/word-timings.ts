import type { WordTiming } from '../../../../shared/voices';
import { speechBounds } from '../audio/speech-bounds';

export interface TimedWord {
  text: string;
  /** Relative length of the word: its number of sounds, or of letters when its sounds are unknown. */
  weight: number;
}

/** A stretch of audio whose boundaries are known exactly (a clause, a sentence) and the words in it. */
export interface TimedSpan {
  start: number;
  end: number;
  words: TimedWord[];
}

/**
 * Word timings inside stretches of known extent: the silence at each end of a stretch is left out,
 * and the speech between is shared among its words in proportion to their weights. Exact at the
 * stretch boundaries, estimated within.
 */
export function placeWords(samples: Float32Array, sampleRate: number, spans: readonly TimedSpan[]): WordTiming[] {
  const timings: WordTiming[] = [];
  for (const span of spans) {
    if (span.words.length === 0) continue;
    const [start, end] = speechBounds(samples, span.start, span.end, sampleRate) ?? [span.start, span.end];
    const total = span.words.reduce((sum, w) => sum + Math.max(w.weight, 1), 0);
    let position = 0;
    for (const word of span.words) {
      const from = start + Math.round(((end - start) * position) / total);
      position += Math.max(word.weight, 1);
      const to = start + Math.round(((end - start) * position) / total);
      timings.push({ text: word.text, startSample: from, endSample: to });
    }
  }
  return timings;
}

/** The weight of a written word when nothing better is known: its letters. */
export function letterWeight(word: string): number {
  return word.replace(/[^\p{L}\p{N}]/gu, '').length;
}
