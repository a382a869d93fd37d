import { isBodySize, type BodyMetrics } from './body-metrics';
import type { PdfBlock } from './pdf-blocks';
import { blockText, isHeadingBlock } from './pdf-headings';

export interface SectionStart {
  /** Index of the block that opens the section. */
  index: number;
  /** The title from the outline, when the document has one. */
  title?: string;
  /** The opening block is a heading, whatever its size (found by `findHeadingStarts`). */
  heading?: boolean;
  /** 'chapter' unless said otherwise. */
  level?: 'part' | 'chapter';
}

export interface PdfSection {
  /** '' for text before the first section start that has no heading of its own. */
  title: string;
  level: 'part' | 'chapter';
  blocks: PdfBlock[];
}

/** "1.2 Scope": a numbered section under the chapter, not part of its title. */
const SECTION_NUMBER = /^\d+\.\d+/u;

const comparable = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Cuts the blocks at the section starts. The headings that open a section make its title and are not
 * read as text: with a title from the outline, the heading that shows it and any that repeat it are
 * dropped (others stay as text, as for an EPUB's navigation titles); without one, the opening heading
 * and the headings right under it are the title, unless they are numbered sections. A short
 * title-case line right under the title is its subtitle ("Stave I" and "Marley's Ghost" make
 * "Stave I: Marley's Ghost"), as other formats give it.
 */
export function splitPdfSections(blocks: readonly PdfBlock[], starts: readonly SectionStart[], metrics: BodyMetrics): PdfSection[] {
  const bounds = [...starts].sort((a, b) => a.index - b.index);
  if (bounds[0]?.index !== 0) bounds.unshift({ index: 0 });
  const sections: PdfSection[] = [];
  bounds.forEach((start, k) => {
    const end = bounds[k + 1]?.index ?? blocks.length;
    if (end <= start.index) return;
    sections.push(takeTitle(blocks.slice(start.index, end), start, metrics));
  });
  return sections;
}

function takeTitle(blocks: PdfBlock[], start: SectionStart, metrics: BodyMetrics): PdfSection {
  const parts: string[] = start.title ? [start.title] : [];
  const wanted = comparable(start.title ?? '');
  let i = 0;
  if (start.heading && blocks[0]) parts.push(blockText(blocks[i++]!));
  for (; i < blocks.length; i++) {
    const block = blocks[i]!;
    const heading = isHeadingBlock(block, metrics);
    const own = comparable(blockText(block));
    const repeatsOutline = own !== '' && (own === wanted || (own.length >= 3 && wanted.includes(own)));
    // With an outline title, the heading that shows it goes, and so do others that repeat it.
    if (start.title !== undefined) {
      if ((repeatsOutline && (heading || block.lines.length === 1)) || (i === 0 && heading)) continue;
      break;
    }
    if (!heading || SECTION_NUMBER.test(blockText(block))) break;
    parts.push(blockText(block));
  }
  const subtitle = blocks[i];
  if (parts.length > 0 && subtitle && i + 1 < blocks.length && isSubtitle(subtitle, metrics)) {
    parts.push(blockText(subtitle));
    i++;
  }
  const title = parts
    .map((p) => p.replace(/[\s.:]+$/u, ''))
    .filter((p) => p !== '')
    .join(': ');
  return { title, level: start.level ?? 'chapter', blocks: blocks.slice(i) };
}

/** One body-size line of a few title-case words, without sentence punctuation or quotes. */
function isSubtitle(block: PdfBlock, metrics: BodyMetrics): boolean {
  const line = block.lines[0];
  if (block.lines.length !== 1 || !line || !isBodySize(line.size, metrics.size)) return false;
  const text = line.readingText;
  const words = text.split(' ');
  if (words.length > 8 || /[.!?…:;,]$/u.test(text) || /^["'“‘«(]/u.test(text)) return false;
  return words.every((w) => w.replace(/[^\p{L}]/gu, '').length < 4 || /^[\p{Lu}\p{N}]/u.test(w));
}
