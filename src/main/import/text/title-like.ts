/**
 * Whether a block of lines after a chapter heading reads as the chapter's sub-title ("Marley's
 * Ghost", "DOWN THE RABBIT-HOLE", three centred lines of capitals) rather than its first paragraph.
 */
export function isSubtitleBlock(lines: readonly string[]): boolean {
  if (lines.length === 0 || lines.length > 4) return false;
  const joined = lines.map((l) => l.trim()).join(' ').replace(/_/g, '');
  if (joined.length === 0 || joined.length > 160) return false;
  if (lines.some((l) => l.trim().length > 80)) return false;
  if (!/^[\p{L}\p{N}'‘]/u.test(joined) || /[,;:]$/.test(joined)) return false;
  const letters = joined.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  if (letters === letters.toUpperCase()) return !/[!?]$/.test(joined);
  if (lines.length > 1 || /[.!?”"’]$/.test(joined)) return false;
  const words = joined.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) return false;
  const lowerWords = words.filter((w) => /^\p{Ll}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase())).length;
  return /^\p{Lu}/u.test(words[0] ?? '') && lowerWords === 0;
}

const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from',
  'into', 'onto', 'upon', 'as', 'is', 'are', 'was', 'be', 'its', 'his', 'her', 'their', 'de', 'la', 'le', 'du', 'von', 'van',
]);

/**
 * A short paragraph of a (volume) title page: "A Novel.", "In Three Volumes.", "END OF VOL. I.",
 * "By the Author of ...": every word that is not a small word is capitalised, or it is all capitals.
 */
export function isTitlePageParagraph(text: string): boolean {
  if (text.length > 120 || /^["“‘'(]/.test(text)) return false;
  const words = text.split(' ').filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 12) return false;
  if (!/\p{Ll}/u.test(text)) return true;
  return /^\p{Lu}/u.test(words[0] ?? '') && words.every((w) => !/^\p{Ll}/u.test(w) || SMALL_WORDS.has(w.toLowerCase()));
}
