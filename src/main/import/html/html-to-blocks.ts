import { Parser } from 'htmlparser2';
import type { Emphasis } from '../../../shared/book';
import { dropSentinels, EMPHASIS_CLOSE, EMPHASIS_OPEN } from '../clean/emphasis-marks';
import { cleanMarkedParagraph } from './clean-paragraph-text';
import { isSceneBreakText } from './scene-break';

/** One paragraph or heading of an (X)HTML document, its text cleaned for reading aloud. */
export interface Block {
  text: string;
  emphasis?: Emphasis[];
  /** The element's span in the decoded source text: from its `<` to just after its end tag. */
  start: number;
  end: number;
  /** 1–6 for h1–h6; titles inside an `<hgroup>` take the level of its heading. */
  heading?: number;
  /** A subtitle inside an `<hgroup>`: part of the heading before it, not a heading of its own. */
  titlePart?: boolean;
  sceneBreakBefore?: boolean;
  /** Lower-case `epub:type` and `role` tokens of the body and the sections around the block. */
  semantics: readonly string[];
}

export interface BlockDocument {
  blocks: Block[];
  /** Each element id, mapped to the index of the first block at or after it. */
  anchors: Map<string, number>;
  /** The `<title>` text. */
  title: string;
  /** `<meta name content>` pairs, names lower-cased. */
  meta: Map<string, string>;
  /** `lang` or `xml:lang` of the root element. */
  language: string;
}

/** Content that is never read: code, media, embedded documents, form controls, ruby annotations. */
const SKIPPED = new Set([
  'head', 'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'svg', 'math',
  'template', 'noscript', 'input', 'button', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'output',
  'audio', 'video', 'source', 'track', 'canvas', 'map', 'img', 'picture', 'rt', 'rp', 'title',
]);

const BLOCKS = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose `epub:type`/`role` describe the part of the book a block belongs to. */
const SECTIONING = new Set(['body', 'section', 'article', 'div', 'nav', 'aside', 'main', 'header', 'footer']);

const EMPHASIS = new Set(['i', 'em', 'cite']);
const HEADING = /^h([1-6])$/;
const NOTE_TYPES = new Set(['footnote', 'endnote', 'rearnote', 'note']);
const NOTE_REF_TYPES = new Set(['noteref', 'pagebreak']);
/** The text of a link that is a footnote marker: a number, a letter or a dagger, maybe bracketed. */
const MARKER_TEXT = /^[[(]?(?:\d{1,4}|[a-z]|[*†‡§¶]{1,3})[\])]?$/i;
const BRACKETED_MARKER = /^[[(](?:\d{1,4}|[*†‡§¶]{1,3})[\])]$/;
const WHITESPACE = /[ \t\n\r\f]+/g;
const MARKERS = /[\uE000\uE001]/g;

interface NoteLink {
  textLength: number;
  lastWasSpace: boolean;
  hasText: boolean;
  inSup: boolean;
  hasSup: boolean;
  generation: number;
}

interface Frame {
  skip: boolean;
  block: boolean;
  emphasis: boolean;
  sup: boolean;
  heading: number;
  hgroup: boolean;
  semantics: boolean;
  link: NoteLink | null;
  head: boolean;
  title: boolean;
}

/** Tokens of `epub:type` and `role`, lower-cased; `doc-chapter` is read as `chapter`. */
export function semanticTokens(attribs: Record<string, string>): string[] {
  const tokens: string[] = [];
  const type = attribs['epub:type'];
  if (type) for (const t of type.toLowerCase().split(/\s+/)) if (t) tokens.push(t);
  const role = attribs.role;
  if (role) for (const t of role.toLowerCase().split(/\s+/)) if (t) tokens.push(t.startsWith('doc-') ? t.slice(4) : t);
  return tokens;
}

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Reads an (X)HTML document into paragraphs and headings with a tolerant HTML parser, so malformed
 * markup still yields its text. Block elements become paragraphs; scripts, media, form controls,
 * images (and their alt text), hidden elements and footnote bodies are never read; footnote
 * reference markers are dropped; `<hr>` and ornament paragraphs become scene breaks; italics become
 * emphasis ranges. Markup inside text (`&lt;b&gt;`) stays text.
 */
export function htmlToBlocks(source: string): BlockDocument {
  const blocks: Block[] = [];
  const anchors = new Map<string, number>();
  const meta = new Map<string, string>();
  const stack: Frame[] = [];
  const semanticsStack: string[][] = [];
  let semantics: readonly string[] = [];
  let title = '';
  let titleSeen = false;
  let capturingTitle = false;
  let inHead = false;
  let language = '';
  let skipDepth = 0;
  let emphasisDepth = 0;
  let supDepth = 0;
  const headings: number[] = [];
  let link: NoteLink | null = null;
  let sceneBreak = false;
  let brRun = 0;

  // The paragraph being gathered.
  let text = '';
  let hasText = false;
  let lastWasSpace = true;
  let start = -1;
  let lastTextEnd = 0;
  let opener: Frame | null = null;
  let blockHeading = 0;
  let blockTitlePart = false;
  let blockSemantics: readonly string[] = semantics;
  let generation = 0;

  const startBlock = (at: number, frame: Frame | null): void => {
    text = emphasisDepth > 0 ? EMPHASIS_OPEN : '';
    hasText = false;
    lastWasSpace = true;
    start = at;
    opener = frame;
    blockHeading = headings[headings.length - 1] ?? 0;
    blockTitlePart = false;
    blockSemantics = semantics;
    generation++;
  };

  const flush = (end: number): void => {
    if (hasText) {
      const { text: clean, emphasis } = cleanMarkedParagraph(text);
      if (clean.length > 0 && blockHeading === 0 && isSceneBreakText(clean)) {
        sceneBreak = true;
      } else if (clean.length > 0) {
        const block: Block = { text: clean, start, end: Math.max(start, Math.min(end, source.length)), semantics: blockSemantics };
        if (emphasis.length > 0) block.emphasis = emphasis;
        if (blockHeading > 0) block.heading = blockHeading;
        if (blockTitlePart) block.titlePart = true;
        if (sceneBreak) block.sceneBreakBefore = true;
        sceneBreak = false;
        blocks.push(block);
      }
    }
    startBlock(-1, null);
  };

  const appendText = (data: string, at: number, endAt: number): void => {
    const collapsed = dropSentinels(data).replace(WHITESPACE, ' ');
    if (collapsed === ' ') {
      if (hasText && !lastWasSpace) {
        text += ' ';
        lastWasSpace = true;
      }
      return;
    }
    if (start < 0) {
      // Text outside any open block (after a nested block closed): a paragraph of its own.
      start = at;
      blockHeading = headings[headings.length - 1] ?? 0;
      blockTitlePart = false;
      blockSemantics = semantics;
    }
    text += lastWasSpace && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
    lastWasSpace = collapsed.endsWith(' ');
    hasText = true;
    brRun = 0;
    lastTextEnd = endAt;
  };

  const skip = (frame: Frame): void => {
    frame.skip = true;
    skipDepth++;
  };

  const parser: Parser = new Parser(
    {
      onopentag(rawName, attribs) {
        const name = localName(rawName);
        const frame: Frame = { skip: false, block: false, emphasis: false, sup: false, heading: 0, hgroup: false, semantics: false, link: null, head: false, title: false };
        stack.push(frame);
        const id = attribs.id;
        if (name === 'html') language = attribs['xml:lang'] ?? attribs.lang ?? '';
        if (name === 'head') {
          frame.head = true;
          inHead = true;
        }
        if (inHead) {
          if (name === 'title' && !titleSeen) frame.title = capturingTitle = titleSeen = true;
          if (name === 'meta' && attribs.name && attribs.content !== undefined) meta.set(attribs.name.toLowerCase(), attribs.content);
        }
        const tokens = skipDepth > 0 ? [] : semanticTokens(attribs);
        if (
          skipDepth > 0 ||
          SKIPPED.has(name) ||
          'hidden' in attribs ||
          tokens.some((t) => NOTE_TYPES.has(t) || NOTE_REF_TYPES.has(t)) ||
          /display\s*:\s*none/i.test(attribs.style ?? '')
        ) {
          skip(frame);
          if (id !== undefined && !anchors.has(id)) anchors.set(id, blocks.length);
          return;
        }
        if (name === 'br') {
          if (++brRun >= 2 && hasText) flush(lastTextEnd);
          else appendText(' ', parser.startIndex, parser.endIndex + 1);
          return;
        }
        brRun = 0;
        if (SECTIONING.has(name) && tokens.length > 0) {
          frame.semantics = true;
          semanticsStack.push(tokens);
          semantics = [...semantics, ...tokens];
        }
        const level = HEADING.exec(name)?.[1];
        const parent = stack[stack.length - 2];
        if (level) {
          frame.heading = Number(level);
          if (parent?.hgroup && parent.heading === 0) parent.heading = frame.heading;
          headings.push(frame.heading);
        } else if (name === 'hgroup') {
          frame.hgroup = true;
        }
        if (BLOCKS.has(name)) {
          frame.block = true;
          flush(lastTextEnd);
          if (name === 'hr') sceneBreak = true;
          else startBlock(parser.startIndex, frame);
          if (parent?.hgroup && frame.heading === 0) {
            blockHeading = parent.heading || 6;
            blockTitlePart = true;
          }
        }
        if (id !== undefined && !anchors.has(id)) anchors.set(id, blocks.length);
        if (EMPHASIS.has(name)) {
          frame.emphasis = true;
          if (emphasisDepth++ === 0) text += EMPHASIS_OPEN;
        } else if (name === 'sup') {
          frame.sup = true;
          supDepth++;
          if (link) link.hasSup = true;
        } else if (name === 'a' && attribs.href?.includes('#')) {
          link = frame.link = { textLength: text.length, lastWasSpace, hasText, inSup: supDepth > 0, hasSup: false, generation };
        }
      },

      onclosetag(_name, isImplied) {
        const frame = stack.pop();
        if (!frame) return;
        if (frame.head) inHead = false;
        if (frame.title) capturingTitle = false;
        if (frame.skip) {
          skipDepth--;
          return;
        }
        if (frame.link) {
          dropNoteMarker(frame.link);
          link = null;
        }
        if (frame.emphasis && --emphasisDepth === 0) text += EMPHASIS_CLOSE;
        if (frame.sup) supDepth--;
        if (frame.block) flush(opener === frame ? (isImplied ? parser.startIndex : parser.endIndex + 1) : lastTextEnd);
        if (frame.heading > 0) headings.pop();
        if (frame.semantics) {
          semanticsStack.pop();
          semantics = semanticsStack.flat();
        }
      },

      ontext(data) {
        if (capturingTitle) title += data;
        else if (skipDepth === 0) appendText(data, parser.startIndex, parser.endIndex + 1);
      },
    },
    { xmlMode: false, recognizeSelfClosing: true, recognizeCDATA: true },
  );

  /** Drops the text of a just-closed link when it is only a footnote marker (`<sup><a>1</a></sup>`). */
  function dropNoteMarker(noteLink: NoteLink): void {
    if (noteLink.generation !== generation) return;
    const added = text.slice(noteLink.textLength).replace(MARKERS, '').trim();
    const isMarker = noteLink.inSup || noteLink.hasSup ? MARKER_TEXT.test(added) : BRACKETED_MARKER.test(added);
    if (!isMarker) return;
    text = text.slice(0, noteLink.textLength);
    lastWasSpace = noteLink.lastWasSpace;
    hasText = noteLink.hasText;
  }

  parser.end(source);
  flush(lastTextEnd);
  return { blocks, anchors, title: title.replace(WHITESPACE, ' ').trim(), meta, language };
}
