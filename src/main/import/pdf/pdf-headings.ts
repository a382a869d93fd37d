import { chooseChapterLevel } from '../html/choose-chapter-level';
import { parseHeadingLine } from '../chapters/heading-line';
import type { BodyMetrics } from './body-metrics';
import type { PdfBlock } from './pdf-blocks';

/** Larger than body text by this much is a heading size. */
const HEADING_RATIO = 1.15;

/** A block set like a heading: clearly larger than body text, and short. */
export function isHeadingBlock(block: PdfBlock, metrics: BodyMetrics): boolean {
  const first = block.lines[0];
  if (!first || first.size < HEADING_RATIO * metrics.size || block.lines.length > 4) return false;
  return wordsIn(block) <= 25;
}

/** A block that opens a chapter, or a part (a heading over several chapters). */
export interface HeadingStart {
  index: number;
  level: 'part' | 'chapter';
}

/**
 * The blocks that open chapters, found from typography: headings are blocks in a clearly larger size
 * than the body text, their level given by their size (largest first), and chapters are cut at the
 * level that holds them (`chooseChapterLevel`: not the book title used once, not parts over many
 * chapters) and at the levels above it, which are parts when used more than once. A document whose
 * headings are set in the body size (a bold "CHAPTER I") is cut at lines that stand alone and read as
 * chapter or part headings. A heading directly under another heading continues its title, unless it
 * opens a chapter under a part.
 */
export function findHeadingStarts(blocks: readonly PdfBlock[], metrics: BodyMetrics): HeadingStart[] {
  const bySize = sizeHeadings(blocks, metrics);
  const chapterLevel = chooseChapterLevel(bySize);
  const uses = new Map<number, number>();
  for (const h of bySize) uses.set(h.level, (uses.get(h.level) ?? 0) + 1);
  const sizeStarts = bySize
    .filter((h) => h.level <= chapterLevel)
    .map((h): HeadingStart => ({ index: h.index, level: h.level < chapterLevel && uses.get(h.level)! >= 2 ? 'part' : 'chapter' }));
  const found = sizeStarts.length >= 2 ? sizeStarts : [...sizeStarts, ...patternStarts(blocks)];
  const byIndex = new Map(found.map((start) => [start.index, start]));
  const headings = new Set(bySize.map((h) => h.index));
  return [...byIndex.values()]
    .sort((a, b) => a.index - b.index)
    .filter((start) => {
      const before = byIndex.get(start.index - 1);
      if (!before && !headings.has(start.index - 1)) return true;
      return (before?.level === 'part' && start.level === 'chapter') || !continuesTitle(blocks, start.index);
    });
}

interface Heading {
  index: number;
  level: number;
  text: string;
}

function sizeHeadings(blocks: readonly PdfBlock[], metrics: BodyMetrics): Heading[] {
  const found = blocks.map((block, index) => ({ block, index })).filter(({ block }) => isHeadingBlock(block, metrics));
  const sizes = [...new Set(found.map(({ block }) => sizeClass(block)))].sort((a, b) => b - a);
  return found.map(({ block, index }) => ({ index, level: sizes.indexOf(sizeClass(block)) + 1, text: blockText(block) }));
}

/** Standalone lines that name a chapter or part ("CHAPTER I", "Part Two"), in any size. */
function patternStarts(blocks: readonly PdfBlock[]): HeadingStart[] {
  const found: Heading[] = [];
  blocks.forEach((block, index) => {
    if (block.lines.length !== 1) return;
    const heading = parseHeadingLine(blockText(block));
    if (heading) found.push({ index, level: heading.level === 'part' ? 1 : 2, text: heading.title });
  });
  const level = chooseChapterLevel(found);
  return found.filter((h) => h.level <= level).map((h) => ({ index: h.index, level: h.level === 1 && level === 2 ? 'part' : 'chapter' }));
}

/** A heading right after another heading continues its title unless it is set larger. */
function continuesTitle(blocks: readonly PdfBlock[], index: number): boolean {
  const before = blocks[index - 1]?.lines[0];
  const here = blocks[index]?.lines[0];
  return before !== undefined && here !== undefined && here.size <= before.size * 1.02;
}

function sizeClass(block: PdfBlock): number {
  return Math.round((block.lines[0]?.size ?? 0) * 2) / 2;
}

export function blockText(block: PdfBlock): string {
  return block.lines
    .map((l) => l.readingText)
    .join(' ')
    .trim();
}

function wordsIn(block: PdfBlock): number {
  let n = 0;
  for (const line of block.lines) n += line.readingText.split(' ').length;
  return n;
}
