/** A page number as printed: arabic up to 4 digits or a roman numeral. */
export interface PrintedNumber {
  value: number;
  roman: boolean;
}

const ROMAN = /^(?=[ivxlcdm]+$)m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/u;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** Reads one token as a page number, or null. */
export function parsePrintedNumber(token: string): PrintedNumber | null {
  if (/^\d{1,4}$/u.test(token)) return { value: Number(token), roman: false };
  const lower = token.toLowerCase();
  // Mixed case ("Mix", "Di") is a word, not a numeral.
  if (token !== lower && token !== token.toUpperCase()) return null;
  if (lower.length === 0 || !ROMAN.test(lower)) return null;
  let value = 0;
  for (let i = 0; i < lower.length; i++) {
    const v = ROMAN_VALUES[lower[i]!]!;
    const next = ROMAN_VALUES[lower[i + 1] ?? ''] ?? 0;
    value += v < next ? -v : v;
  }
  return { value, roman: true };
}

/** Decoration around a lone page number: "- 12 -", "[12]", "Page 12", "12 of 300", "| 12". */
const LONE_NUMBER = /^[\s\-–—|•·[\](){}<>]*(?:page|pg\.?|p\.)?\s*([\divxlcdm]+)\s*(?:(?:of|\/)\s*\d+)?[\s\-–—|•·[\](){}<>]*$/iu;

/** The page number that is all of a line's text, or null. */
export function lonePageNumber(text: string): PrintedNumber | null {
  const m = LONE_NUMBER.exec(text.trim());
  return m ? parsePrintedNumber(m[1]!) : null;
}
