import type { Block } from './html-to-blocks';

const comparable = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Separates the headings that open a chapter and carry its title from the text to read. With a
 * title from the table of contents, the first heading is dropped, and so are the next ones if
 * they repeat part of that title (an hgroup's subtitle). Without one, the first heading and those
 * of the same level after it (an hgroup) make the title ("Stave I: Marley's Ghost"). Any other
 * heading, such as a stage direction under a chapter title, stays a paragraph.
 */
export function takeLeadingHeadings(blocks: readonly Block[], navTitle = ''): { heading: string; paragraphs: Block[] } {
  const first = blocks[0];
  if (first?.heading === undefined) return { heading: '', paragraphs: [...blocks] };
  let end = 1;
  while (end < blocks.length && blocks[end]!.heading !== undefined) end++;
  const nav = comparable(navTitle);
  const titleParts = [first];
  const kept: Block[] = [];
  for (const block of blocks.slice(1, end)) {
    const repeatsNav = nav.length > 0 && comparable(block.text).length > 0 && nav.includes(comparable(block.text));
    const sameGroup = nav.length === 0 && block.heading === first.heading;
    if (repeatsNav || sameGroup) titleParts.push(block);
    else kept.push(block);
  }
  const heading = titleParts
    .map((b) => b.text.replace(/[\s.:]+$/u, ''))
    .filter((t) => t.length > 0)
    .join(': ');
  return { heading, paragraphs: [...kept, ...blocks.slice(end)] };
}
