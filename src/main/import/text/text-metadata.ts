/** Book metadata written into a plain-text file (Gutenberg's `Title:` / `Author:` / `Language:` lines). */
export interface TextMetadata {
  title: string;
  author: string;
  language: string;
}

const LANGUAGES: Readonly<Record<string, string>> = {
  english: 'en',
  french: 'fr',
  german: 'de',
  spanish: 'es',
  italian: 'it',
  portuguese: 'pt',
  dutch: 'nl',
  russian: 'ru',
  latin: 'la',
  swedish: 'sv',
  danish: 'da',
  norwegian: 'no',
  finnish: 'fi',
  polish: 'pl',
};

/** Reads `Title:`, `Author:` and `Language:` lines from the head of a text ('' for each not found). */
export function readTextMetadata(head: string): TextMetadata {
  const field = (name: string): string => new RegExp(`^[ \\t]*${name}:[ \\t]*(\\S[^\\n\\r]*)`, 'im').exec(head)?.[1]?.trim() ?? '';
  const languageName = field('Language').toLowerCase();
  const language = LANGUAGES[languageName] ?? (/^[a-z]{2,3}(-[a-z0-9]+)?$/i.test(languageName) ? languageName : '');
  return { title: field('Title'), author: field('Author'), language };
}

/** `by Charles Dickens`, `_BY A. A. MILNE_`: a by-line on a title page. */
export function readByLine(line: string): string {
  const m = /^_?\s*by\s+(\S.{0,80}?)\s*_?$/i.exec(line.trim());
  return m?.[1]?.trim() ?? '';
}
