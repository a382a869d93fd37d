/**
 * How well a voice's language fits the book's: 2 for the same language and region (`en-GB` for an
 * `en-GB` book), 1 for the same language, 0 for another. Tags compare case-insensitively; `_` counts
 * as `-`, so eSpeak-style tags match too.
 */
export function languageFit(voiceLanguage: string, bookLanguage: string): 0 | 1 | 2 {
  const [voiceMain, voiceRegion] = split(voiceLanguage);
  const [bookMain, bookRegion] = split(bookLanguage);
  if (!voiceMain || voiceMain !== bookMain) return 0;
  return voiceRegion && voiceRegion === bookRegion ? 2 : 1;
}

function split(tag: string): [string, string | undefined] {
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  return [parts[0] ?? '', parts.find((p, i) => i > 0 && /^([a-z]{2}|\d{3})$/.test(p))];
}
