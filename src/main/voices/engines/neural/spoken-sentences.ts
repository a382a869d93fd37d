import type { SpeechPart } from '../../../../shared/voices';
import { phonemeCount, splitSentences, textWords } from '../text/sections';
import { letterWeight, type TimedWord } from '../timing/word-timings';

export interface SpokenSentence {
  /** IPA with punctuation, as the model reads it. */
  ipa: string;
  words: TimedWord[];
}

interface Piece {
  /** IPA as given, or the text to phonemise. */
  ipa?: string;
  text?: string;
  words: string[];
}

/**
 * The input as sentences of IPA, one model run each: text parts are split at sentence ends and
 * phonemised (all at once), phoneme parts are kept as they are, inside the sentence they stand in.
 */
export async function spokenSentences(parts: readonly SpeechPart[], phonemizeAll: (texts: string[]) => Promise<string[]>): Promise<SpokenSentence[]> {
  const sentences: Piece[][] = [[]];
  for (const part of parts) {
    const current = (): Piece[] => sentences[sentences.length - 1] ?? [];
    if ('phonemes' in part) {
      current().push({ ipa: part.phonemes, words: [part.text ?? part.phonemes] });
      continue;
    }
    const pieces = splitSentences(part.text);
    pieces.forEach((piece, i) => {
      current().push({ text: piece, words: textWords(piece) });
      const ends = i < pieces.length - 1 || /[.!?…]["”’»)\]]*\s*$/.test(piece);
      if (ends) sentences.push([]);
    });
  }
  const texts = sentences.flat().filter((p) => p.ipa === undefined);
  const phonemised = await phonemizeAll(texts.map((p) => p.text ?? ''));
  texts.forEach((piece, i) => (piece.ipa = phonemised[i] ?? ''));
  const result: SpokenSentence[] = [];
  for (const pieces of sentences) {
    if (pieces.length === 0) continue;
    const ipa = pieces
      .map((p) => p.ipa ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    const words = pieces.flatMap((p) => p.words);
    if (!ipa && words.length === 0) continue;
    result.push({ ipa, words: weigh(words, ipa) });
  }
  return result;
}

/** Words weighed by their sounds when the IPA has one word per written word, else by their letters. */
function weigh(words: readonly string[], ipa: string): TimedWord[] {
  const spoken = ipa.split(/\s+/).filter((w) => phonemeCount(w) > 0);
  if (spoken.length === words.length) return words.map((text, i) => ({ text, weight: phonemeCount(spoken[i] ?? '') }));
  return words.map((text) => ({ text, weight: letterWeight(text) }));
}
