import { parseHeadingLine } from '../chapters/heading-line';
import type { PdfLine } from './page-lines';

/** Words of a personal name: capitalised words, initials, and the usual lower-case particles ("A Novel" is not one). */
const NAME = /^(?!(?:A|An|The|Or|And)\s)(?:(?:\p{Lu}[\p{L}’'-]*\.?|\p{Lu}\.|de|la|le|van|von|der|den|du|da|di|del|y)\s+){1,5}\p{Lu}[\p{L}’'-]*\.?$/u;

/**
 * What the first page says about the book when the metadata does not: the title is its largest text
 * (over several lines if the title wraps) unless that is a chapter or part heading, the author the
 * line after it that reads "by ..." or is a person's name.
 */
export function readTitlePage(lines: readonly PdfLine[], bodySize: number): { title: string; author: string } {
  let largest = 0;
  for (const line of lines) largest = Math.max(largest, line.size);
  if (largest < 1.15 * bodySize) return { title: '', author: '' };
  const first = lines.findIndex((l) => l.size === largest);
  let end = first + 1;
  while (end < lines.length && Math.abs(lines[end]!.size - largest) < 0.01) end++;
  const title = lines
    .slice(first, end)
    .map((l) => l.readingText)
    .join(' ')
    .trim();
  // A document that opens with "Part One" or "Chapter 1" has no title page.
  if (parseHeadingLine(title)) return { title: '', author: '' };
  let author = '';
  for (const line of lines.slice(end, end + 3)) {
    const by = /^by\s+(.+)$/iu.exec(line.readingText);
    const candidate = by ? by[1]!.trim() : line.readingText.trim();
    if (candidate.length <= 60 && NAME.test(candidate)) {
      author = candidate;
      break;
    }
  }
  return { title, author };
}
