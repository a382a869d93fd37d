import { Parser } from 'htmlparser2';

/** A small element tree for the little XML files of a package (OPF, NCX, nav, container, styles). */
export interface MarkupElement {
  /** The tag name without its namespace prefix (`dc:title` → `title`). */
  name: string;
  /** The tag name as written. */
  qualifiedName: string;
  attributes: Record<string, string>;
  children: MarkupNode[];
}

export type MarkupNode = MarkupElement | string;

/**
 * Deeper elements are attached to the element at this depth instead, so that hostile nesting
 * cannot overflow the stack of the recursive walks below.
 */
const MAX_DEPTH = 256;

/**
 * Parses markup into a tree with a tolerant parser: unclosed tags are closed, stray end tags are
 * ignored, entities are decoded. `html` parses as HTML (lower-cased names, implied end tags);
 * otherwise as XML (names kept as written).
 */
export function parseMarkupTree(source: string, options: { html?: boolean } = {}): MarkupElement {
  const root: MarkupElement = { name: '#root', qualifiedName: '#root', attributes: {}, children: [] };
  const stack: MarkupElement[] = [root];
  let flattened = 0;
  const parser = new Parser(
    {
      onopentag(qualifiedName, attributes) {
        const colon = qualifiedName.indexOf(':');
        const element: MarkupElement = { name: colon < 0 ? qualifiedName : qualifiedName.slice(colon + 1), qualifiedName, attributes, children: [] };
        stack[stack.length - 1]!.children.push(element);
        if (stack.length < MAX_DEPTH) stack.push(element);
        else flattened++;
      },
      onclosetag() {
        if (flattened > 0) flattened--;
        else if (stack.length > 1) stack.pop();
      },
      ontext(text) {
        stack[stack.length - 1]!.children.push(text);
      },
    },
    options.html ? { xmlMode: false, recognizeSelfClosing: true, recognizeCDATA: true } : { xmlMode: true },
  );
  parser.end(source);
  return root;
}

export function childElements(element: MarkupElement, name?: string): MarkupElement[] {
  const out: MarkupElement[] = [];
  for (const child of element.children) if (typeof child !== 'string' && (name === undefined || child.name === name)) out.push(child);
  return out;
}

/** Every descendant element with the given local name, in document order. */
export function descendants(element: MarkupElement, name: string): MarkupElement[] {
  const out: MarkupElement[] = [];
  const visit = (e: MarkupElement): void => {
    for (const child of e.children) {
      if (typeof child === 'string') continue;
      if (child.name === name) out.push(child);
      visit(child);
    }
  };
  visit(element);
  return out;
}

export function firstDescendant(element: MarkupElement, name: string): MarkupElement | undefined {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (child.name === name) return child;
    const found = firstDescendant(child, name);
    if (found) return found;
  }
  return undefined;
}

/** The element's text with whitespace runs collapsed. */
export function textContent(element: MarkupElement): string {
  let out = '';
  const visit = (e: MarkupElement): void => {
    for (const child of e.children) {
      if (typeof child === 'string') out += child;
      else visit(child);
    }
  };
  visit(element);
  return out.replace(/\s+/g, ' ').trim();
}
