/**
 * Text prepared for a voice. `text` is what an engine reads; it is exactly the pieces' texts joined,
 * and every piece remembers the span of the original segment text it came from, so that a word
 * timing in `text` can be highlighted in the segment.
 */
export interface SpeechText {
  /** BCP 47 tag of the language the text was normalised for (`en-GB`). */
  language: string;
  text: string;
  pieces: SpeechPiece[];
}

export interface SpeechPiece {
  text: string;
  /** Offsets of `text` in `SpeechText.text`. */
  start: number;
  end: number;
  /** The span of the original text this piece stands for. */
  sourceStart: number;
  sourceEnd: number;
  /**
   * True when `text` is the original text unchanged, so that offsets inside the piece map one to
   * one; a spoken form (`Mister` for `Mr.`) maps only as a whole.
   */
  verbatim: boolean;
  /** Italic in the book: said with emphasis where the engine can. */
  emphasis?: boolean;
  /** IPA the book itself gives for this text (an EPUB's `ssml:ph`): no rule or lexicon entry applies. */
  phonemes?: string;
  /**
   * The piece is a pause (a dash, an ellipsis) of about this many milliseconds. Engines that take
   * breaks use the length; others read `text`, punctuation that makes them pause.
   */
  pauseMs?: number;
}

/** The original span behind `text.slice(start, end)`, or null when the range covers no piece. */
export function sourceRangeOf(speech: SpeechText, start: number, end: number): { start: number; end: number } | null {
  let from = Infinity;
  let to = -Infinity;
  for (const piece of speech.pieces) {
    if (piece.end <= start || piece.start >= end) continue;
    if (piece.verbatim) {
      from = Math.min(from, piece.sourceStart + Math.max(0, start - piece.start));
      to = Math.max(to, piece.sourceStart + Math.min(piece.end, end) - piece.start);
    } else {
      from = Math.min(from, piece.sourceStart);
      to = Math.max(to, piece.sourceEnd);
    }
  }
  return from === Infinity ? null : { start: from, end: to };
}

/**
 * What an engine synthesises, in order: text to phonemise itself, phonemes given by the lexicon,
 * and pauses. `start`/`end` are offsets in `SpeechText.text` (for `sourceRangeOf`); the chunks
 * cover it without gaps.
 */
export type SpeechChunk = TextChunk | PhonemeChunk | PauseChunk;

export interface TextChunk {
  kind: 'text';
  /** The words to say: the normalised text, or a lexicon respelling of it. */
  text: string;
  start: number;
  end: number;
  emphasis: boolean;
}

export interface PhonemeChunk {
  kind: 'phonemes';
  /** IPA. */
  phonemes: string;
  /** The words the phonemes stand for, as in the normalised text. */
  text: string;
  start: number;
  end: number;
  emphasis: boolean;
}

export interface PauseChunk {
  kind: 'pause';
  ms: number;
  /** Punctuation for engines that take no breaks (may be empty). */
  text: string;
  start: number;
  end: number;
}
