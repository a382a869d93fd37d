import { stripFootnoteMarkers } from '../clean/footnote-markers';
import { joinHyphenated } from '../clean/join-hyphenated';
import { normalizeText } from '../clean/normalize-text';
import type { PdfLine } from './page-lines';

/** Soft and Unicode hyphens at a line end, which some producers write instead of "-". */
const OTHER_LINE_END_HYPHEN = /[\u00ad\u2010]$/u;

/** The lines that hold a hyphen, as one text for `collectHyphenatedWords`. */
export function hyphenatedLines(pages: ReadonlyArray<readonly PdfLine[]>): string {
  const parts: string[] = [];
  for (const lines of pages) {
    for (const line of lines) if (line.readingText.includes('-')) parts.push(line.readingText);
  }
  return parts.join('\n');
}

/**
 * The paragraph's text to read: its lines joined (words broken at a line end mended unless the book
 * spells them with a hyphen, see `joinHyphenated`), note markers that are characters (`¹`, `[2]`)
 * dropped, cleaned (`normalizeText`). Raised note markers are already out of `readingText`.
 */
export function paragraphText(lines: readonly PdfLine[], knownHyphenated: ReadonlySet<string>): string {
  const joined = joinHyphenated(
    lines.map((l) => l.readingText.replace(OTHER_LINE_END_HYPHEN, '-')),
    knownHyphenated,
  );
  return normalizeText(stripFootnoteMarkers(joined).text);
}
