import { Parser, type Handler } from 'htmlparser2';

/** An element of a well-formed XML document, with namespaces resolved. */
export interface XmlElement {
  /** The name without its prefix. */
  name: string;
  /** The namespace URI the element is in ('' for none). */
  namespace: string;
  attributes: Record<string, string>;
  children: Array<XmlElement | string>;
}

export class XmlSyntaxError extends Error {}

/** Deeper nesting than this is no lexicon; refusing it keeps the walks below off the stack's edge. */
const MAX_DEPTH = 64;

/**
 * htmlparser2 forgives what XML forbids: it closes tags left open and drops stray end tags in
 * silence. The tokenizer callbacks are overridden to see every tag as written and refuse a document
 * that is not well formed.
 */
class CheckingParser extends Parser {
  readonly open: string[] = [];
  problem: string | null = null;

  constructor(
    private readonly source: string,
    handler: Partial<Handler>,
  ) {
    super(handler, { xmlMode: true });
  }

  override onopentagname(start: number, endIndex: number): void {
    this.open.push(this.source.slice(start, endIndex));
    if (this.open.length > MAX_DEPTH) this.problem ??= `elements are nested more than ${MAX_DEPTH} deep`;
    super.onopentagname(start, endIndex);
  }

  override onselfclosingtag(endIndex: number): void {
    this.open.pop();
    super.onselfclosingtag(endIndex);
  }

  override onclosetag(start: number, endIndex: number): void {
    const name = this.source.slice(start, endIndex);
    const expected = this.open.pop();
    if (expected !== name) this.problem ??= expected ? `</${name}> closes <${expected}>` : `</${name}> closes nothing`;
    super.onclosetag(start, endIndex);
  }
}

/** Parses a small XML document, throwing XmlSyntaxError unless it is well formed. */
export function parseStrictXml(source: string): XmlElement {
  const roots: XmlElement[] = [];
  const stack: Array<{ element: XmlElement; namespaces: Map<string, string> }> = [];
  let strayText = false;

  const parser: CheckingParser = new CheckingParser(source, {
    onopentag(qualifiedName, attributes) {
      const inherited = stack[stack.length - 1]?.namespaces ?? new Map<string, string>([['xml', 'http://www.w3.org/XML/1998/namespace']]);
      const namespaces = new Map(inherited);
      for (const [key, value] of Object.entries(attributes)) {
        if (key === 'xmlns') namespaces.set('', value);
        else if (key.startsWith('xmlns:')) namespaces.set(key.slice(6), value);
      }
      const colon = qualifiedName.indexOf(':');
      const prefix = colon < 0 ? '' : qualifiedName.slice(0, colon);
      const namespace = namespaces.get(prefix);
      if (namespace === undefined && prefix !== '') parser.problem ??= `the prefix ${prefix}: is not declared`;
      const element: XmlElement = { name: qualifiedName.slice(colon + 1), namespace: namespace ?? '', attributes, children: [] };
      const parent = stack[stack.length - 1];
      if (parent) parent.element.children.push(element);
      else roots.push(element);
      stack.push({ element, namespaces });
    },
    onclosetag() {
      stack.pop();
    },
    ontext(text) {
      const parent = stack[stack.length - 1];
      if (parent) parent.element.children.push(text);
      else if (/\S/.test(text)) strayText = true;
    },
  });
  parser.end(source);
  if (parser.problem) throw new XmlSyntaxError(`it is not well-formed XML (${parser.problem})`);
  if (parser.open.length > 0) throw new XmlSyntaxError(`it ends before <${parser.open[parser.open.length - 1]}> is closed`);
  if (strayText) throw new XmlSyntaxError('it has text outside its root element');
  if (roots.length !== 1) throw new XmlSyntaxError(roots.length === 0 ? 'it holds no XML element' : 'it has more than one root element');
  return roots[0]!;
}

export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

export function elementText(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : elementText(c))).join('');
}
