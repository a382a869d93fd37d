const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The longest sentence worth hearing to judge one word in it. */
const MAX_CONTEXT = 240;

/** Where `word` occurs in `text` as a whole word (not inside another), or -1. */
export function findWord(text: string, word: string, caseSensitive: boolean): { start: number; end: number } | null {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word.trim())}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu');
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/**
 * The sentence of `text` around the span: a word is judged in the flow of its sentence. A sentence
 * too long to listen to is cut to a window of whole words around the span.
 */
export function sentenceAround(text: string, span: { start: number; end: number }): string {
  const ends = /[.!?…]+["'”’)\]]*(?=\s|$)/gu;
  let start = 0;
  let end = text.length;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    const stop = m.index + m[0].length;
    if (stop <= span.start) start = stop;
    else if (m.index >= span.end) {
      end = stop;
      break;
    }
  }
  const sentence = text.slice(start, end);
  if (sentence.length <= MAX_CONTEXT) return sentence.trim();
  const from = Math.max(0, span.start - start - MAX_CONTEXT / 2);
  const cut = sentence.slice(from, from + MAX_CONTEXT);
  const head = from > 0 ? cut.indexOf(' ') + 1 : 0;
  const tail = from + MAX_CONTEXT < sentence.length ? cut.lastIndexOf(' ') : cut.length;
  return cut.slice(head, tail > head ? tail : cut.length).trim();
}
