import { Parser } from 'htmlparser2';
import { semanticTokens } from '../../import/html/html-to-blocks';

/**
 * An (X)HTML document as a tree that remembers where every tag and every run of text sits in the
 * source string, so that markup can be inserted between characters without re-serialising (and so
 * without changing) anything else.
 */
export interface PositionedElement {
  kind: 'element';
  /** Lower-case local name (`epub:switch` → `switch`). */
  name: string;
  attributes: Record<string, string>;
  /** The start tag: from its `<` to just after its `>`. */
  openStart: number;
  openEnd: number;
  /** The end tag; an empty range at `openEnd` for void and self-closed elements. */
  closeStart: number;
  closeEnd: number;
  /** False when the parser had to close the element itself (malformed markup): its end is unknown. */
  explicitEnd: boolean;
  /** Content that is never read and never gets a highlight inside it: scripts, media, notes, hidden parts. */
  opaque: boolean;
  parent: PositionedElement | null;
  children: PositionedNode[];
}

export interface PositionedText {
  kind: 'text';
  /** The raw source range, entities and CDATA markup included. */
  start: number;
  end: number;
  /** The decoded text. */
  text: string;
  /** True when the decoded text is the raw text character for character, so it can be cut anywhere. */
  splittable: boolean;
  /** Inside an opaque element: not read. */
  unread: boolean;
  parent: PositionedElement;
}

export type PositionedNode = PositionedElement | PositionedText;

export interface PositionedDocument {
  root: PositionedElement;
  /** Every text run in document order. */
  texts: PositionedText[];
  /** Every `id` attribute value in the document. */
  ids: Set<string>;
  head: PositionedElement | null;
}

/** Elements whose content is not text a listener hears, as the importer's `htmlToBlocks` skips them. */
const OPAQUE = new Set([
  'head', 'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'svg', 'math',
  'template', 'noscript', 'input', 'button', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'output',
  'audio', 'video', 'source', 'track', 'canvas', 'map', 'img', 'picture', 'rt', 'rp', 'title',
]);
const NOTE_TOKENS = new Set(['footnote', 'endnote', 'rearnote', 'note', 'noteref', 'pagebreak']);

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return (colon < 0 ? name : name.slice(colon + 1)).toLowerCase();
};

function isOpaque(name: string, attributes: Record<string, string>): boolean {
  return (
    OPAQUE.has(name) ||
    'hidden' in attributes ||
    /display\s*:\s*none/i.test(attributes.style ?? '') ||
    semanticTokens(attributes).some((t) => NOTE_TOKENS.has(t))
  );
}

/** Parses with the importer's parser settings, so that block offsets from the import line up. */
export function parsePositionedMarkup(source: string): PositionedDocument {
  const root: PositionedElement = {
    kind: 'element', name: '#root', attributes: {}, openStart: 0, openEnd: 0, closeStart: source.length, closeEnd: source.length,
    explicitEnd: true, opaque: false, parent: null, children: [],
  };
  const texts: PositionedText[] = [];
  const ids = new Set<string>();
  let head: PositionedElement | null = null;
  let current = root;
  let opaqueDepth = 0;
  let inCdata = false;

  const parser: Parser = new Parser(
    {
      onopentag(rawName, attributes) {
        const name = localName(rawName);
        const opaque = isOpaque(name, attributes);
        const element: PositionedElement = {
          kind: 'element', name, attributes, openStart: parser.startIndex, openEnd: parser.endIndex + 1,
          closeStart: parser.endIndex + 1, closeEnd: parser.endIndex + 1, explicitEnd: false, opaque, parent: current, children: [],
        };
        current.children.push(element);
        current = element;
        if (opaque) opaqueDepth++;
        if (attributes.id !== undefined) ids.add(attributes.id);
        if (name === 'head' && head === null) head = element;
      },
      onclosetag(_name, isImplied) {
        const element = current;
        if (element === root) return;
        if (!isImplied) {
          element.closeStart = parser.startIndex;
          element.closeEnd = parser.endIndex + 1;
          element.explicitEnd = true;
        } else if (parser.endIndex + 1 === element.openEnd) {
          // A void or self-closed element: complete in its start tag.
          element.explicitEnd = true;
        } else {
          element.closeStart = element.closeEnd = Math.max(element.openEnd, parser.startIndex);
        }
        if (element.opaque) opaqueDepth--;
        current = element.parent ?? root;
      },
      ontext(text) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const piece: PositionedText = {
          kind: 'text', start, end, text,
          splittable: !inCdata && end - start === text.length && source.startsWith(text, start),
          unread: opaqueDepth > 0, parent: current,
        };
        current.children.push(piece);
        texts.push(piece);
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
    },
    { xmlMode: false, recognizeSelfClosing: true, recognizeCDATA: true },
  );
  parser.end(source);
  return { root, texts, ids, head };
}
