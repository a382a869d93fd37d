/**
 * Joins the hard-wrapped lines of one paragraph into a single string.
 *
 * - A word broken by a hyphen at a line end (`ex-` / `ample`) is joined as `example` when the next
 *   line starts with a lower-case letter, unless `knownHyphenated` holds the hyphenated form
 *   (`well-known`), in which case the hyphen is a real compound and stays.
 * - A hyphen before an upper-case letter or digit stays (`Anglo-` / `Saxon` → `Anglo-Saxon`).
 * - A closed dash (`—`, `--`) at a line end, or at the start of the next line, joins with no space;
 *   a spaced one (`so on —`) keeps one space.
 * - Any other break becomes one space.
 *
 * Lines are trimmed; blank lines are skipped. `knownHyphenated` holds lower-case words, see
 * `collectHyphenatedWords`.
 */
export function joinHyphenated(lines: readonly string[], knownHyphenated?: ReadonlySet<string>): string {
  const pieces: string[] = [];
  let previous = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length === 0) continue;
    if (pieces.length > 0) {
      const join = joinKind(previous, line, knownHyphenated);
      if (join === 'drop-hyphen') pieces[pieces.length - 1] = previous.slice(0, -1);
      else if (join === 'space') pieces.push(' ');
    }
    pieces.push(line);
    previous = line;
  }
  return pieces.join('');
}

const TRAILING_FRAGMENT = /(\p{L}+)-$/u;
const LEADING_WORD = /^\p{L}+/u;

function joinKind(before: string, next: string, known: ReadonlySet<string> | undefined): 'space' | 'none' | 'drop-hyphen' {
  // A spaced dash ("so on —" / "yes") keeps its spacing; a closed one joins the words it links.
  if (/\s(—|--)$/.test(before) || /^(—|--)\s/.test(next)) return 'space';
  if (before.endsWith('—') || before.endsWith('--') || next.startsWith('—') || next.startsWith('--')) return 'none';
  if (!before.endsWith('-')) return 'space';
  const fragment = TRAILING_FRAGMENT.exec(before.slice(-64));
  if (!fragment || !/^\p{Ll}/u.test(next)) return 'none';
  const compound = `${fragment[1] ?? ''}-${LEADING_WORD.exec(next)?.[0] ?? ''}`.toLowerCase();
  return known?.has(compound) ? 'none' : 'drop-hyphen';
}

/**
 * The hyphenated words that occur inside lines (not broken at a line end) of a text, lower-case, as
 * pairs (`well-known`, and `mother-in` and `in-law` for `mother-in-law`): evidence that a hyphen at
 * a line end belongs to a compound. One pass: only the text around each hyphen is looked at.
 */
export function collectHyphenatedWords(text: string): Set<string> {
  const found = new Set<string>();
  for (let at = text.indexOf('-'); at >= 0; at = text.indexOf('-', at + 1)) {
    if (text[at + 1] === '-' || text[at - 1] === '-') continue;
    let start = at;
    while (start > 0 && at - start < 40 && isLetter(text, start - 1)) start--;
    let end = at + 1;
    while (end < text.length && end - at < 40 && isLetter(text, end)) end++;
    if (start < at && end > at + 1) found.add(text.slice(start, end).toLowerCase());
  }
  return found;
}

const LETTER = /\p{L}/u;

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text[i] ?? '');
}
