/** Typographic ligatures spelled out, so speech engines and searches see ordinary letters. */
const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

const LIGATURE_RE = /[\uFB00-\uFB06]/g;
/**
 * Invisible characters that only steer layout: soft hyphen, zero-width space, non-joiner, joiner,
 * word joiner, byte-order mark, Mongolian vowel separator. None of them is read aloud.
 */
const INVISIBLE_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u180E]/g;
/** C0/C1 control characters; those that are whitespace (tab, line breaks) become spaces. */
const CONTROL_RE = /\p{Cc}/gu;
const WHITESPACE_CONTROL = /\s/;
/**
 * Whitespace that needs rewriting: any run that starts with something other than a plain space
 * (NBSP, tabs, line breaks, typographic spaces), or a space followed by more whitespace. A lone
 * plain space, by far the most common case, is left alone, which keeps this pass cheap.
 */
const WHITESPACE_RUN_RE =
  /[\t\n\v\f\r\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*| [\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/**
 * Cleans text for reading aloud: ligatures become letters, soft hyphens, zero-width and control
 * characters go, every whitespace run (NBSP and typographic spaces included) becomes one space,
 * the ends are trimmed, and the result is NFC. Private-use characters are left alone, so the
 * emphasis sentinels of `emphasis-marks.ts` survive it.
 */
export function normalizeText(s: string): string {
  return s
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c)
    .replace(INVISIBLE_RE, '')
    .replace(CONTROL_RE, (c) => (WHITESPACE_CONTROL.test(c) ? ' ' : ''))
    .replace(WHITESPACE_RUN_RE, ' ')
    .trim()
    .normalize('NFC');
}
