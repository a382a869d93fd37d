import { alignToSource, proportionalOffsets } from '../../analysis/source-offsets';
import type { Block } from '../../import/html/html-to-blocks';
import type { PositionedDocument, PositionedText } from './positioned-markup';

/** Where a segment's words lie in the source: the raw range from its first character to just after its last. */
export interface SourceRange {
  start: number;
  end: number;
}

/** A block's readable text as the document holds it (decoded, uncleaned), with each character's raw position. */
interface FlatText {
  text: string;
  /** Index into `pieces` of each character, and its offset inside that piece. */
  piece: Int32Array;
  offset: Int32Array;
  pieces: PositionedText[];
  /** `alignment[i]`: the index in `text` of the block's cleaned character `i`. */
  alignment: Int32Array;
}

/**
 * Maps segment spans back onto the text of a content document.
 *
 * What the offsets index: the EPUB importer (`htmlToBlocks`) gives each paragraph the span of its
 * element in the decoded XHTML, from the `<` of its start tag to just after its end tag, and a text
 * that is cleaned (whitespace collapsed, footnote markers and invisible characters dropped,
 * ligatures spelled out, entities decoded). Because that text and the span differ, the analysis
 * places segment offsets proportionally inside the paragraph's span (`proportionalOffsets`): they
 * are estimates, not character positions. So a segment is found in three steps: the paragraph whose
 * span holds it, the segment's range in the paragraph's cleaned text (the proportional mapping
 * inverted, then pinned to the segment's own text when it is known), and that range aligned onto
 * the document's text runs, which know their raw positions.
 */
export class SegmentLocator {
  private readonly flats = new Map<Block, FlatText>();

  constructor(
    private readonly blocks: readonly Block[],
    private readonly doc: PositionedDocument,
  ) {}

  /** The raw range of the segment's words, or a reason why there is none. */
  locate(start: number, end: number, text: string | undefined): SourceRange | string {
    const block = this.blockAt(start);
    if (!block) return 'its span lies outside every paragraph of the document';
    const range = textRange(block, start, Math.min(end, block.end), text);
    if (!range) return 'its span holds no text of the paragraph';
    const flat = this.flatText(block);
    if (flat.text.length === 0) return 'its paragraph has no text in the document';
    const first = flat.alignment[range.start] ?? 0;
    const last = Math.max(first, flat.alignment[range.end - 1] ?? first);
    if (first >= flat.text.length) return 'its words were not found in the document';
    return { start: rawStart(flat, first), end: rawEnd(flat, Math.min(last, flat.text.length - 1)) };
  }

  /** The block whose span holds `offset`: blocks are in document order and do not overlap. */
  private blockAt(offset: number): Block | undefined {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const block = this.blocks[mid]!;
      if (offset < block.start) hi = mid - 1;
      else if (offset >= block.end) lo = mid + 1;
      else return block;
    }
    return undefined;
  }

  private flatText(block: Block): FlatText {
    const cached = this.flats.get(block);
    if (cached) return cached;
    const pieces: PositionedText[] = [];
    for (let i = firstTextFrom(this.doc.texts, block.start); i < this.doc.texts.length; i++) {
      const t = this.doc.texts[i]!;
      if (t.start >= block.end) break;
      if (!t.unread && t.end <= block.end) pieces.push(t);
    }
    const length = pieces.reduce((n, p) => n + p.text.length, 0);
    const text = pieces.map((p) => p.text).join('');
    const flat: FlatText = {
      text,
      piece: new Int32Array(length),
      offset: new Int32Array(length),
      pieces,
      alignment: alignToSource(block.text, text, 0, text.length),
    };
    let k = 0;
    pieces.forEach((p, index) => {
      for (let i = 0; i < p.text.length; i++, k++) {
        flat.piece[k] = index;
        flat.offset[k] = i;
      }
    });
    this.flats.set(block, flat);
    return flat;
  }
}

/**
 * The segment's range in the block's cleaned text: the inverse of `proportionalOffsets`, moved to
 * the nearest occurrence of the segment's text when that text is known and the estimate misses it.
 */
function textRange(block: Block, start: number, end: number, text: string | undefined): SourceRange | null {
  const map = proportionalOffsets(block.text, block.start, block.end);
  const n = block.text.length;
  let s = 0;
  while (s < n && (map[s] ?? 0) < start) s++;
  let e = s + 1;
  while (e < n && (map[e - 1] ?? 0) + 1 < end) e++;
  if (s >= n) return null;
  if (text && block.text.slice(s, e) !== text) {
    const found = nearestOccurrence(block.text, text, s);
    if (found >= 0) return { start: found, end: found + text.length };
  }
  return { start: s, end: Math.min(e, n) };
}

function nearestOccurrence(haystack: string, needle: string, near: number): number {
  let best = -1;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

/** The index of the first text run that starts at or after `offset`. */
function firstTextFrom(texts: readonly PositionedText[], offset: number): number {
  let lo = 0;
  let hi = texts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (texts[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A character's raw start; a run that is not raw text one for one (an entity, CDATA) is taken whole. */
function rawStart(flat: FlatText, k: number): number {
  const piece = flat.pieces[flat.piece[k]!]!;
  return piece.splittable ? piece.start + flat.offset[k]! : piece.start;
}

function rawEnd(flat: FlatText, k: number): number {
  const piece = flat.pieces[flat.piece[k]!]!;
  return piece.splittable ? piece.start + flat.offset[k]! + 1 : piece.end;
}
