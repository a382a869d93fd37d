import type { Emphasis } from '../../../shared/book';
import { extractEmphasis } from '../clean/emphasis-marks';
import { stripFootnoteMarkers } from '../clean/footnote-markers';
import { normalizeText } from '../clean/normalize-text';
import { renderInline } from './render-inline';

/** The spoken form of one Markdown block's inline content, with emphasis offsets into it. */
export function cleanMarkdownParagraph(raw: string): { text: string; emphasis: Emphasis[] } {
  return extractEmphasis(stripFootnoteMarkers(normalizeText(renderInline(raw))).text);
}
