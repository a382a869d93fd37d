import type { Emphasis } from '../../../shared/book';
import type { SpeechPart, VoiceRef, VoiceSettings } from '../../../shared/voices';
import { speechCacheKey } from '../../speech/cache-key';
import { applyLexicon, lexiconEntriesUsed } from '../../speech/apply-lexicon';
import type { LexiconMatcher } from '../../speech/lexicon-matcher';
import { normaliseForSpeech, type FixedPhonemes } from '../../speech/normalise';
import type { SpeechChunk } from '../../speech/speech-text';

/** A line to be spoken: its text as written, who speaks it and how. */
export interface SegmentSpeech {
  text: string;
  /** BCP 47 tag of the book (or the line); empty is read as English. */
  language: string;
  /** Italic runs as offsets into `text`. */
  emphasis?: readonly Emphasis[];
  /** Spans of `text` the book gives phonemes for (EPUB `ssml:ph`). */
  phonemes?: readonly FixedPhonemes[];
  voice: VoiceRef;
  settings: VoiceSettings;
}

/** A line ready for an engine, with the content address of the audio it gives. */
export interface PreparedSpeech {
  key: string;
  /** What the engine reads: text, and the lexicon's phonemes where they apply. */
  parts: SpeechPart[];
  /** The normalised text, for the record. */
  spoken: string;
  voice: VoiceRef;
  settings: VoiceSettings;
}

/**
 * Normalises a line for speech and applies the project lexicon; the key covers exactly what changes
 * the sound: the chunks after the lexicon, the voice and its settings, the engine and its model
 * version, and the lexicon entries the line uses.
 */
export function prepareSpeech(line: SegmentSpeech, lexicon: LexiconMatcher, modelVersion: string): PreparedSpeech {
  const speech = normaliseForSpeech(line.text, { language: line.language, emphasis: line.emphasis, phonemes: line.phonemes });
  const chunks = applyLexicon(speech, lexicon);
  const key = speechCacheKey({
    speech: chunks,
    voice: line.voice,
    settings: line.settings,
    engine: line.voice.engine,
    modelVersion,
    lexiconEntriesUsed: lexiconEntriesUsed(speech, lexicon),
  });
  return { key, parts: toParts(chunks), spoken: speech.text, voice: line.voice, settings: line.settings };
}

/**
 * Chunks as an engine takes them. A pause becomes its punctuation, which every engine pauses at;
 * neighbouring text joins into one part so the engine reads it as one phrase.
 */
export function toParts(chunks: readonly SpeechChunk[]): SpeechPart[] {
  const parts: SpeechPart[] = [];
  for (const chunk of chunks) {
    if (chunk.kind === 'phonemes') {
      parts.push({ phonemes: chunk.phonemes, text: chunk.text });
      continue;
    }
    if (chunk.text === '') continue;
    const last = parts[parts.length - 1];
    if (last && 'text' in last && !('phonemes' in last)) last.text += chunk.text;
    else parts.push({ text: chunk.text });
  }
  return parts;
}
