import type { Emphasis } from '../../../shared/book';
import { extractEmphasis } from '../clean/emphasis-marks';
import { stripFootnoteMarkers } from '../clean/footnote-markers';
import { normalizeText } from '../clean/normalize-text';

/**
 * The spoken form of one paragraph gathered from markup, with emphasis sentinels where italics
 * opened and closed: normalised (ligatures, invisible characters, whitespace, NFC), stripped of
 * footnote markers left in the text, and turned into text plus emphasis ranges into it.
 */
export function cleanMarkedParagraph(marked: string): { text: string; emphasis: Emphasis[] } {
  return extractEmphasis(stripFootnoteMarkers(normalizeText(marked)).text);
}
