import { Parser } from 'htmlparser2';
import { readZip } from '../../testing/read-zip';

/** Every entry of a written EPUB, read back with yauzl, in archive order. */
export async function readEpub(path: string): Promise<Map<string, Buffer>> {
  return new Map((await readZip(path)).map((e) => [e.entry.fileName, e.bytes]));
}

const OUR_ID = /^dr-\d+$/;
/** Page numbers and note references are not read; a highlight may hold them, its words are the rest. */
const UNREAD = /\b(?:doc-)?(?:pagebreak|noteref)\b/;
const UNREAD_ELEMENTS = new Set(['script', 'style']);

export interface MarkupReport {
  /** The decoded text inside each element whose id is one of ours (`dr-N`), by id, page numbers and note references left out. */
  texts: Map<string, string>;
  /** Every id in the document. */
  ids: Set<string>;
  /** End tags that closed something other than the element open, or elements never closed. */
  nestingErrors: string[];
  /** The document with our `<span id="dr-N">` tags (and their end tags) taken out. */
  withoutSpans: string;
}

/**
 * Reads a marked-up content document as XML: what our spans hold, whether every element closes in
 * order, and the document with our spans removed, which must be the original again.
 */
export function inspectMarkup(xhtml: string, originalIds: ReadonlySet<string> = new Set()): MarkupReport {
  const texts = new Map<string, string>();
  const ids = new Set<string>();
  const nestingErrors: string[] = [];
  const cuts: Array<[number, number]> = [];
  const stack: Array<{ name: string; id: string | null; openStart: number; openEnd: number; unread: boolean }> = [];
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const id = attributes.id ?? null;
        if (id !== null) ids.add(id);
        const ours = name === 'span' && id !== null && OUR_ID.test(id) && !originalIds.has(id) ? id : null;
        if (ours) texts.set(ours, '');
        const unread = UNREAD_ELEMENTS.has(name) || UNREAD.test(`${attributes['epub:type'] ?? ''} ${attributes.role ?? ''}`);
        stack.push({ name, id: ours, openStart: parser.startIndex, openEnd: parser.endIndex + 1, unread });
      },
      onclosetag(name, isImplied) {
        const open = stack.pop();
        if (!open) return;
        const selfClosed = isImplied && parser.endIndex + 1 === open.openEnd;
        if (isImplied && !selfClosed) nestingErrors.push(`<${open.name}> at ${open.openStart} is not closed in order (closed by </${name}>)`);
        if (open.id !== null) cuts.push([open.openStart, open.openEnd], [parser.startIndex, parser.endIndex + 1]);
      },
      ontext(text) {
        if (stack.some((open) => open.unread)) return;
        for (const open of stack) if (open.id !== null) texts.set(open.id, texts.get(open.id) + text);
      },
    },
    { xmlMode: true },
  );
  parser.end(xhtml);
  cuts.sort((a, b) => a[0] - b[0]);
  let withoutSpans = '';
  let from = 0;
  for (const [start, end] of cuts) {
    withoutSpans += xhtml.slice(from, start);
    from = end;
  }
  withoutSpans += xhtml.slice(from);
  return { texts, ids, nestingErrors, withoutSpans };
}

export interface SmilPar {
  textSrc: string;
  audioSrc: string;
  clipBegin: number;
  clipEnd: number;
}

/** The `<par>`s of a SMIL file, clock values in seconds. */
export function smilPars(smil: string): SmilPar[] {
  const pars: SmilPar[] = [];
  let current: Partial<SmilPar> = {};
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'par') current = {};
        if (name === 'text') current.textSrc = attributes.src ?? '';
        if (name === 'audio') {
          current.audioSrc = attributes.src ?? '';
          current.clipBegin = seconds(attributes.clipBegin ?? '');
          current.clipEnd = seconds(attributes.clipEnd ?? '');
        }
      },
      onclosetag(name) {
        if (name === 'par') pars.push(current as SmilPar);
      },
    },
    { xmlMode: true },
  );
  parser.end(smil);
  return pars;
}

function seconds(clock: string): number {
  const m = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(clock);
  if (!m) return Number.NaN;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}
