/** Punctuation that eSpeak NG drops from its phonemes but the neural voices read as pauses and intonation. */
export const PUNCTUATION = ';:,.!?¡¿—…"«»“”(){}[]';

const escaped = PUNCTUATION.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const PUNCTUATION_RUN = new RegExp(`(?:\\s*[${escaped}]+\\s*)+`, 'g');
const SPEAKABLE = /[\p{L}\p{N}]/u;

export interface Section {
  text: string;
  /** Punctuation (with its spaces) kept as it is; otherwise words to phonemise. */
  punctuation: boolean;
}

/** Splits text at runs of punctuation, keeping the runs, so phonemes can be joined with them again. */
export function splitSections(text: string): Section[] {
  const sections: Section[] = [];
  let previous = 0;
  for (const match of text.matchAll(PUNCTUATION_RUN)) {
    const index = match.index ?? 0;
    if (index > previous) sections.push({ text: text.slice(previous, index), punctuation: false });
    sections.push({ text: match[0], punctuation: true });
    previous = index + match[0].length;
  }
  if (previous < text.length) sections.push({ text: text.slice(previous), punctuation: false });
  return sections.map((s) => (s.punctuation || SPEAKABLE.test(s.text) ? s : { ...s, punctuation: true }));
}

const SENTENCE_END = /[.!?…]+["”’»)\]]*(?=\s+|$)/g;

/** Splits text after sentence-ending punctuation; the pieces joined give the text back. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let previous = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    const rest = /^\s*/.exec(text.slice(end))?.[0].length ?? 0;
    sentences.push(text.slice(previous, end + rest));
    previous = end + rest;
  }
  if (previous < text.length) sentences.push(text.slice(previous));
  return sentences.filter((s) => s.trim().length > 0);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*[\p{L}\p{N}\p{M}]|[\p{L}\p{N}]/gu;

/** The words of a text as a reader sees them (`don't`, `twenty-four` and `3.5` are one word each). */
export function textWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** How many sounds a stretch of IPA holds: letters, not stress or length marks nor spaces. */
export function phonemeCount(ipa: string): number {
  return ipa.replace(/[ˈˌːˑ\s\p{P}\u0300-\u036f\u200d]/gu, '').length;
}
