import type { Block, BlockDocument } from '../html/html-to-blocks';
import type { NavEntry } from './parse-navigation';

/** A run of one content document's blocks that forms one chapter. */
export interface DocumentPart {
  /** The table of contents' title for the part, when it has one. */
  navTitle?: string;
  /** The fragment the part starts at ('' for the start of the file). */
  fragment: string;
  blocks: Block[];
}

/**
 * Cuts a content document into chapters where its table-of-contents entries point. A file that
 * the contents names as a whole is one chapter, cut further only at entries of the same or a
 * higher level (two chapters sharing a file), not at its own sub-sections; a file the contents
 * names only through fragments (an anthology in one file) is cut at each visible entry.
 */
export function splitByNavigation(doc: BlockDocument, entries: readonly NavEntry[]): DocumentPart[] {
  const visible = entries.filter((e) => !e.hidden);
  const whole = visible.find((e) => e.fragment === '');
  const chosen = whole ? [whole, ...visible.filter((e) => e.fragment !== '' && e.depth <= whole.depth)] : visible;

  const cuts: Array<{ index: number; entry: NavEntry }> = [];
  const taken = new Set<number>();
  for (const entry of chosen) {
    const index = entry.fragment === '' ? 0 : doc.anchors.get(entry.fragment);
    if (index === undefined || taken.has(index)) continue;
    taken.add(index);
    cuts.push({ index, entry });
  }
  cuts.sort((a, b) => a.index - b.index);

  const parts: DocumentPart[] = [];
  const first = cuts[0]?.index ?? doc.blocks.length;
  if (first > 0 || cuts.length === 0) parts.push({ fragment: '', blocks: doc.blocks.slice(0, first) });
  cuts.forEach((cut, i) => {
    const end = cuts[i + 1]?.index ?? doc.blocks.length;
    parts.push({ navTitle: cut.entry.title, fragment: cut.entry.fragment, blocks: doc.blocks.slice(cut.index, end) });
  });
  return parts;
}
