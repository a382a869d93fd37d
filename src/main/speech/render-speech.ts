import type { SpeechChunk } from './speech-text';

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface SsmlOptions {
  /** BCP 47 tag for `xml:lang`. */
  language: string;
  /** Engines that cannot stress words get the words without `<emphasis>`. */
  emphasis?: boolean;
}

/**
 * SSML 1.1 for engines that read markup: `<emphasis>` for italics, `<phoneme alphabet="ipa">` for
 * the lexicon's phonemes, `<break>` for pauses. Respellings are already plain text.
 */
export function renderSsml(chunks: readonly SpeechChunk[], options: SsmlOptions): string {
  const body = chunks
    .map((chunk) => {
      // Spaces keep the words on either side of a break apart for every SSML reader.
      if (chunk.kind === 'pause') return ` <break time="${Math.round(chunk.ms)}ms"/> `;
      const inner =
        chunk.kind === 'phonemes'
          ? `<phoneme alphabet="ipa" ph="${escapeXml(chunk.phonemes)}">${escapeXml(chunk.text)}</phoneme>`
          : escapeXml(chunk.text);
      return chunk.emphasis && options.emphasis !== false ? `<emphasis>${inner}</emphasis>` : inner;
    })
    .join('');
  return `<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${escapeXml(options.language)}">${body}</speak>`;
}

/**
 * Plain text for engines with neither markup nor phoneme input: pauses become their punctuation,
 * emphasis is dropped, and phoneme chunks fall back to the words they stand for.
 */
export function renderPlainText(chunks: readonly SpeechChunk[]): string {
  return chunks.map((chunk) => chunk.text).join('');
}
