/**
 * Kokoro names a voice by language and gender: `bf_emma` is British English, female. The first
 * letter picks the language eSpeak NG phonemises in.
 */
const AMERICAN = { espeak: 'en-us', tag: 'en-US', accent: 'American' };
const LANGUAGES: Record<string, { espeak: string; tag: string; accent: string }> = {
  a: AMERICAN,
  b: { espeak: 'en-gb', tag: 'en-GB', accent: 'British' },
  e: { espeak: 'es', tag: 'es-ES', accent: 'Spanish' },
  f: { espeak: 'fr-fr', tag: 'fr-FR', accent: 'French' },
  h: { espeak: 'hi', tag: 'hi-IN', accent: 'Hindi' },
  i: { espeak: 'it', tag: 'it-IT', accent: 'Italian' },
  j: { espeak: 'ja', tag: 'ja-JP', accent: 'Japanese' },
  p: { espeak: 'pt-br', tag: 'pt-BR', accent: 'Brazilian' },
  z: { espeak: 'cmn', tag: 'zh-CN', accent: 'Mandarin' },
};

export function kokoroLanguage(voice: string): { espeak: string; tag: string; accent: string; english: boolean } {
  const key = voice.charAt(0);
  const language = LANGUAGES[key] ?? AMERICAN;
  return { ...language, english: key === 'a' || key === 'b' || !(key in LANGUAGES) };
}

/** The voice-name letter of the Kokoro language closest to a BCP 47 tag (`en-GB` → `b`), American English when none is. */
export function kokoroLanguageKey(language: string): string {
  const tag = language.toLowerCase().replace('_', '-');
  const entries = Object.entries(LANGUAGES);
  const exact = entries.find(([, l]) => l.tag.toLowerCase() === tag || l.espeak === tag);
  const primary = entries.find(([, l]) => l.tag.toLowerCase().split('-')[0] === tag.split('-')[0]);
  return (exact ?? primary)?.[0] ?? 'a';
}

export function kokoroGender(voice: string): 'female' | 'male' | 'unknown' {
  const g = voice.charAt(1);
  return g === 'f' ? 'female' : g === 'm' ? 'male' : 'unknown';
}

/**
 * eSpeak NG's IPA in the symbols Kokoro was trained on (the same changes kokoro.js makes): its
 * English uses ɹ for r, k for x, l for ɬ, j for ʲ, keeps "hundred" a word of its own, and joins a
 * final z to its word; American English flaps the t of "ninety".
 */
export function kokoroPhonemes(ipa: string, voice: string): string {
  const { english, espeak } = kokoroLanguage(voice);
  let out = ipa.replace(/ʲ/g, 'j');
  if (english) {
    out = out
      .replace(/kəkˈoːɹoʊ/g, 'kˈoʊkəɹoʊ')
      .replace(/kəkˈɔːɹəʊ/g, 'kˈəʊkəɹəʊ')
      .replace(/r/g, 'ɹ')
      .replace(/x/g, 'k')
      .replace(/ɬ/g, 'l')
      .replace(/(?<=[a-zɹː])(?=hˈʌndɹɪd)/g, ' ')
      .replace(/ z(?=[;:,.!?¡¿—…"«»“” ]|$)/g, 'z');
    if (espeak === 'en-us') out = out.replace(/(?<=nˈaɪn)ti(?!ː)/g, 'di');
  }
  return out.trim();
}
