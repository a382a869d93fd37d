import { findBlock } from './find-passage';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td, th, figcaption, div';
const MARKED = 'data-dramatis-marked';

/**
 * Marks the block that holds a line in a book document and scrolls it into view. Styles are set
 * through the CSSOM, which the inherited Content Security Policy allows (style attributes in markup
 * it does not).
 */
export function markPassage(doc: Document, lineText: string): boolean {
  for (const old of Array.from(doc.querySelectorAll<HTMLElement>(`[${MARKED}]`))) {
    old.removeAttribute(MARKED);
    old.style.removeProperty('outline');
    old.style.removeProperty('background-color');
    old.style.removeProperty('outline-offset');
  }
  // Innermost blocks only: a <div> around the chapter holds every line.
  const blocks = Array.from(doc.body?.querySelectorAll<HTMLElement>(BLOCKS) ?? []).filter((el) => !el.querySelector(BLOCKS));
  const at = findBlock(
    blocks.map((b) => b.textContent ?? ''),
    lineText,
  );
  const block = blocks[at];
  if (!block) return false;
  block.setAttribute(MARKED, '');
  block.style.setProperty('outline', '3px solid #e0a800');
  block.style.setProperty('outline-offset', '2px');
  block.style.setProperty('background-color', 'rgba(255, 214, 10, 0.28)');
  block.scrollIntoView({ block: 'center' });
  return true;
}
