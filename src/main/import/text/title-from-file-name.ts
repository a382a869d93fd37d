/** A readable title from a file name: `pride-and-prejudice.txt` → `Pride and Prejudice`. */
export function titleFromFileName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[^.]{1,8}$/, '');
  const words = base.replace(/[-_.]+/g, ' ').replace(/\s+/g, ' ').trim().split(' ');
  if (words.length === 0 || words[0] === '') return 'Untitled';
  if (base !== base.toLowerCase()) return words.join(' ');
  return words.map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'or', 'with']);
