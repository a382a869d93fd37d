import type { SourceRange } from './locate-segment';
import type { PositionedDocument, PositionedElement } from './positioned-markup';

/** A raw range to wrap in one `<span>`, and how many readable characters it holds (to share the clip). */
export interface HighlightPiece {
  start: number;
  end: number;
  weight: number;
}

/** Phrasing elements: a `<span>` may hold them whole. The opaque ones (images, scripts, notes) count too. */
const PHRASING = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'label', 'mark',
  'q', 'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
  'img', 'picture', 'svg', 'math', 'script', 'noscript', 'template', 'audio', 'video', 'canvas', 'iframe', 'object',
  'embed', 'button', 'input', 'select', 'textarea', 'output', 'map', 'rt', 'rp',
]);

/** Elements whose content model has no room for a `<span>` among their children. */
const NO_SPAN_INSIDE = new Set([
  'html', 'head', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup', 'col', 'ul', 'ol', 'dl', 'hgroup', 'menu',
  'select', 'optgroup', 'datalist', 'picture', 'audio', 'video', 'object', 'map', 'frameset',
]);

const SPACE = /^[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]*$/;

interface ElementFacts {
  /** Raw start of the first and end of the last readable non-space character; -1 when there is none. */
  first: number;
  last: number;
  weight: number;
  /** Phrasing content all the way down: the element may sit whole inside a `<span>`. */
  phrasing: boolean;
}

/** Consecutive children of one parent that are to share a span. */
class RunBuilder {
  private run: HighlightPiece | null = null;

  constructor(private readonly out: HighlightPiece[]) {}

  /** Adds content; whitespace alone (weight 0) neither opens a run nor moves its end. */
  extend(start: number, end: number, weight: number): void {
    if (this.run) {
      if (weight > 0) this.run.end = end;
      this.run.weight += weight;
    } else if (weight > 0) {
      this.run = { start, end, weight };
    }
  }

  /** Takes in an element without text, when a run is open. */
  stretch(end: number): void {
    if (this.run) this.run.end = end;
  }

  flush(): void {
    if (this.run) this.out.push(this.run);
    this.run = null;
  }
}

/**
 * Works out where `<span>`s go so that together they cover exactly the characters of `range`,
 * without breaking the markup: each span opens and closes under the same parent, inline elements
 * that lie wholly inside the range are wrapped whole, and one that the range only partly covers is
 * entered and its part wrapped separately. So a range across `<i>` boundaries becomes several
 * pieces, in document order; a range with no place for a span (text set directly in a `<tr>`, say)
 * yields none.
 */
export class HighlightPlanner {
  private readonly facts = new Map<PositionedElement, ElementFacts>();

  constructor(private readonly doc: PositionedDocument) {}

  pieces(range: SourceRange): HighlightPiece[] {
    const out: HighlightPiece[] = [];
    this.collect(this.doc.root, range, out);
    return out;
  }

  /** The innermost readable element whose content holds the whole range: the fallback target of a highlight. */
  enclosingElement(range: SourceRange): PositionedElement | null {
    let found: PositionedElement | null = null;
    let node: PositionedElement = this.doc.root;
    for (;;) {
      const child = node.children.find(
        (c): c is PositionedElement => c.kind === 'element' && !c.opaque && c.explicitEnd && c.openEnd <= range.start && range.end <= c.closeStart,
      );
      if (!child) return found;
      if (child.name !== 'html') found = child;
      node = child;
    }
  }

  private collect(node: PositionedElement, range: SourceRange, out: HighlightPiece[]): void {
    const holdsSpan = node.parent !== null && !node.opaque && !NO_SPAN_INSIDE.has(node.name);
    const run = new RunBuilder(out);

    for (const child of node.children) {
      const childStart = child.kind === 'text' ? child.start : child.openStart;
      const childEnd = child.kind === 'text' ? child.end : child.closeEnd;
      if (childEnd <= range.start) continue;
      if (childStart >= range.end) break;
      if (child.kind === 'text') {
        if (!holdsSpan || child.unread) {
          run.flush();
          continue;
        }
        const from = child.splittable ? Math.max(range.start, child.start) : child.start;
        const to = child.splittable ? Math.min(range.end, child.end) : child.end;
        const text = child.splittable ? child.text.slice(from - child.start, to - child.start) : child.text;
        const lead = text.length - text.trimStart().length;
        const trail = text.length - text.trimEnd().length;
        const weight = SPACE.test(text) ? 0 : text.trim().length;
        if (child.splittable) run.extend(from + lead, to - trail, weight);
        else run.extend(from, to, weight);
        continue;
      }
      const facts = this.factsOf(child);
      const inside = facts.first < 0 ? childStart >= range.start && childEnd <= range.end : facts.first >= range.start && facts.last <= range.end;
      if (holdsSpan && inside && child.explicitEnd && facts.phrasing) {
        // Text-less elements (a line break, a note reference) only ever extend a run already open.
        if (facts.weight > 0) run.extend(childStart, childEnd, facts.weight);
        else run.stretch(childEnd);
        continue;
      }
      run.flush();
      if (!child.opaque) this.collect(child, range, out);
    }
    run.flush();
  }

  private factsOf(element: PositionedElement): ElementFacts {
    const known = this.facts.get(element);
    if (known) return known;
    const facts: ElementFacts = { first: -1, last: -1, weight: 0, phrasing: PHRASING.has(element.name) };
    if (!element.opaque) {
      for (const child of element.children) {
        if (child.kind === 'text') {
          if (child.unread || SPACE.test(child.text)) continue;
          const lead = child.text.length - child.text.trimStart().length;
          const trail = child.text.length - child.text.trimEnd().length;
          const first = child.splittable ? child.start + lead : child.start;
          const last = child.splittable ? child.end - trail : child.end;
          if (facts.first < 0) facts.first = first;
          facts.last = last;
          facts.weight += child.text.trim().length;
        } else {
          const inner = this.factsOf(child);
          if (!inner.phrasing) facts.phrasing = false;
          if (inner.first < 0) continue;
          if (facts.first < 0) facts.first = inner.first;
          facts.last = inner.last;
          facts.weight += inner.weight;
        }
      }
    }
    this.facts.set(element, facts);
    return facts;
  }
}
