import type { Emphasis } from '../../../shared/book';
import { dropSentinels, EMPHASIS_CLOSE, EMPHASIS_OPEN, extractEmphasis } from '../clean/emphasis-marks';
import { stripFootnoteMarkers } from '../clean/footnote-markers';
import { joinHyphenated } from '../clean/join-hyphenated';
import { normalizeText } from '../clean/normalize-text';

/**
 * Gutenberg-style `_italic_`: underscores that open after a non-word character and close before one,
 * around text that neither starts nor ends with a space. Bounded so a stray underscore cannot make
 * a match run across a huge line.
 */
const UNDERSCORE_ITALIC = /(?<![\p{L}\p{N}_])_(?=[^\s_])([^_]{1,2000}?)(?<=[^\s_])_(?![\p{L}\p{N}_])/gu;

export interface CleanParagraph {
  text: string;
  emphasis: Emphasis[];
}

/**
 * The spoken form of one plain-text paragraph, from its source slice: hard-wrapped lines joined
 * (see `joinHyphenated`), `_italic_` turned into emphasis with the underscores removed, then
 * normalised and stripped of footnote markers. Emphasis offsets point into the returned text.
 */
export function cleanPlainParagraph(source: string, knownHyphenated?: ReadonlySet<string>): CleanParagraph {
  const joined = joinHyphenated(dropSentinels(source).split(/\r\n|\r|\n/), knownHyphenated);
  const marked = joined.includes('_') ? joined.replace(UNDERSCORE_ITALIC, `${EMPHASIS_OPEN}$1${EMPHASIS_CLOSE}`) : joined;
  const stripped = stripFootnoteMarkers(normalizeText(marked)).text;
  return extractEmphasis(stripped);
}
