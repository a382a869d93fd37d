import type { LexiconEntry } from './lexicon';
import { LexiconMatcher, possessiveIpa, type LexiconMatch } from './lexicon-matcher';
import type { SpeechChunk, SpeechText } from './speech-text';

function matcherFor(speech: SpeechText, lexicon: LexiconMatcher | readonly LexiconEntry[]): LexiconMatcher {
  return lexicon instanceof LexiconMatcher ? lexicon : new LexiconMatcher(lexicon, speech.language);
}

/** Pauses and the book's own phonemes: no lexicon entry reaches into them. */
function barriers(speech: SpeechText): Array<{ start: number; end: number }> {
  return speech.pieces.filter((p) => p.pauseMs !== undefined || p.phonemes !== undefined);
}

/**
 * Applies a pronunciation lexicon to normalised text. The result is what every engine synthesises:
 * text runs (one per stretch of equal emphasis), the lexicon's phonemes or respellings where its
 * entries match, and pauses.
 */
export function applyLexicon(speech: SpeechText, lexicon: LexiconMatcher | readonly LexiconEntry[]): SpeechChunk[] {
  const matches = matcherFor(speech, lexicon).matches(speech.text, barriers(speech));
  const chunks: SpeechChunk[] = [];
  let m = 0;
  let at = 0;
  const emphasisAt = (start: number, end: number): boolean =>
    speech.pieces.some((p) => p.emphasis === true && p.start < end && p.end > start);

  const pushText = (start: number, end: number, text: string, emphasis: boolean): void => {
    const last = chunks[chunks.length - 1];
    const verbatim = (c: SpeechChunk): boolean => c.text === speech.text.slice(c.start, c.end);
    if (last?.kind === 'text' && last.emphasis === emphasis && last.end === start && verbatim(last) && text === speech.text.slice(start, end)) {
      last.text += text;
      last.end = end;
    } else if (end > start) {
      chunks.push({ kind: 'text', text, start, end, emphasis });
    }
  };

  for (const piece of speech.pieces) {
    if (piece.pauseMs !== undefined) {
      chunks.push({ kind: 'pause', ms: piece.pauseMs, text: piece.text, start: piece.start, end: piece.end });
      at = piece.end;
      continue;
    }
    if (piece.phonemes !== undefined) {
      chunks.push({ kind: 'phonemes', phonemes: piece.phonemes, text: piece.text, start: piece.start, end: piece.end, emphasis: piece.emphasis === true });
      at = piece.end;
      continue;
    }
    while (at < piece.end) {
      const next = matches[m];
      if (next && next.start < piece.end && next.start <= at) {
        chunks.push(lexiconChunk(speech, next, emphasisAt(next.start, next.end)));
        at = next.end;
        m++;
        continue;
      }
      const stop = Math.min(piece.end, next?.start ?? Infinity);
      pushText(at, stop, speech.text.slice(at, stop), piece.emphasis === true);
      at = stop;
    }
  }
  return chunks;
}

function lexiconChunk(speech: SpeechText, match: LexiconMatch, emphasis: boolean): SpeechChunk {
  const { entry } = match;
  const text = speech.text.slice(match.start, match.end);
  if (entry.kind === 'phoneme') {
    const phonemes = match.possessive ? `${entry.value}${possessiveIpa(entry.value)}` : entry.value;
    return { kind: 'phonemes', phonemes, text, start: match.start, end: match.end, emphasis };
  }
  const respelling = match.possessive ? `${entry.value}${text.slice(-2)}` : entry.value;
  return { kind: 'text', text: respelling, start: match.start, end: match.end, emphasis };
}

/** The lexicon entries a normalised text uses: exactly those that change its sound. */
export function lexiconEntriesUsed(speech: SpeechText, lexicon: LexiconMatcher | readonly LexiconEntry[]): LexiconEntry[] {
  return matcherFor(speech, lexicon).entriesUsed(speech.text, barriers(speech));
}
