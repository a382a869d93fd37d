import { htmlToBlocks } from '../../import/html/html-to-blocks';
import { HighlightPlanner, type HighlightPiece } from './highlight-pieces';
import { SegmentLocator, type SourceRange } from './locate-segment';
import { parsePositionedMarkup, type PositionedDocument, type PositionedElement } from './positioned-markup';

/** A segment of one content document with its place in the audio, clip times in milliseconds. */
export interface DocumentSegment {
  /** The caller's name for the segment, returned in `placed` and `unplaced`. */
  key: number;
  start: number;
  end: number;
  text?: string;
  audio: string;
  clipBeginMs: number;
  clipEndMs: number;
}

/** One `<par>`: the element to highlight and the clip to play. */
export interface OverlayPar {
  fragment: string;
  audio: string;
  clipBeginMs: number;
  clipEndMs: number;
}

export interface OverlaidDocument {
  xhtml: string;
  /** In document order. */
  pars: OverlayPar[];
  placed: number[];
  unplaced: Array<{ key: number; reason: string }>;
}

export interface Insertion {
  at: number;
  text: string;
  /** At the same position an end tag goes before a start tag, so spans never interleave. */
  rank: number;
}

const ID_PREFIX = 'dr-';

/**
 * Adds highlight targets to one XHTML content document: each segment's words are wrapped in
 * `<span id="dr-N">` (several spans when the words cross inline markup, or an id on the enclosing
 * element when no span fits) and the read-along stylesheet is linked from the head. Everything else
 * of the document stays byte for byte as it was: the markup is inserted into the source string,
 * never re-serialised.
 */
export function overlayDocument(source: string, segments: readonly DocumentSegment[], stylesheetHref: string | null): OverlaidDocument {
  const doc = parsePositionedMarkup(source);
  const locator = new SegmentLocator(htmlToBlocks(source).blocks, doc);
  const planner = new HighlightPlanner(doc);
  const ids = new IdAllocator(doc);
  const unplaced: OverlaidDocument['unplaced'] = [];

  const located: Array<{ segment: DocumentSegment; range: SourceRange }> = [];
  for (const segment of segments) {
    const range = locator.locate(segment.start, segment.end, segment.text);
    if (typeof range === 'string') unplaced.push({ key: segment.key, reason: range });
    else located.push({ segment, range });
  }
  located.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);

  const insertions: Insertion[] = [];
  const targets: Array<{ at: number; pars: OverlayPar[] }> = [];
  const placed: number[] = [];
  const fallbackIds = new Map<PositionedElement, string>();
  let reached = 0;
  for (const { segment, range } of located) {
    if (segment.clipEndMs <= segment.clipBeginMs) {
      unplaced.push({ key: segment.key, reason: 'its clip is shorter than a millisecond' });
      continue;
    }
    const pieces = planner.pieces(range);
    if (range.start < reached || (pieces[0]?.start ?? range.start) < reached) {
      unplaced.push({ key: segment.key, reason: 'its words overlap those of another segment' });
      continue;
    }
    if (pieces.length > 0) {
      const clips = shareClip(segment, pieces);
      const pars: OverlayPar[] = [];
      pieces.forEach((piece, i) => {
        const clip = clips[i]!;
        // Its share of the clip rounds to nothing: the words are left without a highlight of their own.
        if (clip.clipEndMs <= clip.clipBeginMs) return;
        const id = ids.next();
        insertions.push({ at: piece.start, text: `<span id="${id}">`, rank: 1 }, { at: piece.end, text: '</span>', rank: 0 });
        pars.push({ fragment: id, audio: segment.audio, ...clip });
      });
      targets.push({ at: range.start, pars });
      reached = Math.max(range.end, pieces[pieces.length - 1]!.end);
    } else {
      const element = planner.enclosingElement(range);
      if (!element) {
        unplaced.push({ key: segment.key, reason: 'its words sit where no highlight can be placed' });
        continue;
      }
      const fragment = element.attributes.id ?? fallbackIds.get(element) ?? addId(element, source, ids, insertions, fallbackIds);
      targets.push({ at: range.start, pars: [{ fragment, audio: segment.audio, clipBeginMs: segment.clipBeginMs, clipEndMs: segment.clipEndMs }] });
      reached = range.end;
    }
    placed.push(segment.key);
  }

  if (placed.length > 0 && stylesheetHref !== null) {
    const link = stylesheetLink(doc.head, stylesheetHref);
    if (link) insertions.push(link);
  }
  return { xhtml: applyInsertions(source, insertions), pars: targets.flatMap((t) => t.pars), placed, unplaced };
}

/** Splits a segment's clip between its pieces in proportion to their characters, in whole milliseconds. */
function shareClip(segment: DocumentSegment, pieces: readonly HighlightPiece[]): Array<Pick<OverlayPar, 'clipBeginMs' | 'clipEndMs'>> {
  const total = pieces.reduce((n, p) => n + p.weight, 0);
  const length = segment.clipEndMs - segment.clipBeginMs;
  let seen = 0;
  let begin = segment.clipBeginMs;
  return pieces.map((piece, i) => {
    seen += piece.weight;
    const end = i === pieces.length - 1 ? segment.clipEndMs : segment.clipBeginMs + Math.round((length * seen) / total);
    const clip = { clipBeginMs: begin, clipEndMs: end };
    begin = end;
    return clip;
  });
}

function addId(element: PositionedElement, source: string, ids: IdAllocator, insertions: Insertion[], known: Map<PositionedElement, string>): string {
  const id = ids.next();
  const tagName = /^<[^\s/>]+/.exec(source.slice(element.openStart, element.openEnd))?.[0] ?? '<';
  insertions.push({ at: element.openStart + tagName.length, text: ` id="${id}"`, rank: 1 });
  known.set(element, id);
  return id;
}

function stylesheetLink(head: PositionedElement | null, href: string): Insertion | null {
  if (!head || !head.explicitEnd || head.closeStart === head.openEnd) return null;
  return { at: head.closeStart, text: `<link href="${escapeAttribute(href)}" rel="stylesheet" type="text/css"/>`, rank: 2 };
}

export function applyInsertions(source: string, insertions: readonly Insertion[]): string {
  const sorted = [...insertions].sort((a, b) => a.at - b.at || a.rank - b.rank);
  let out = '';
  let from = 0;
  for (const insertion of sorted) {
    out += source.slice(from, insertion.at) + insertion.text;
    from = insertion.at;
  }
  return out + source.slice(from);
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `dr-1`, `dr-2` ... skipping any id the document already uses. */
class IdAllocator {
  private n = 0;

  constructor(private readonly doc: PositionedDocument) {}

  next(): string {
    let id: string;
    do id = `${ID_PREFIX}${++this.n}`;
    while (this.doc.ids.has(id));
    return id;
  }
}
