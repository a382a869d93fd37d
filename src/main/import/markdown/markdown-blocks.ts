/** A block of a Markdown document, with its span in the source. */
export type MarkdownBlock =
  | { type: 'heading'; level: number; raw: string; start: number; end: number }
  | { type: 'paragraph'; raw: string; start: number; end: number }
  | { type: 'break'; start: number; end: number };

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const FENCED_DIV = /^ {0,3}:{3,}/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)[ \t]*(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const BLOCK_QUOTE = /^ {0,3}>/;
const QUOTE_MARKERS = /^(?: {0,3}> ?)+/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)/;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]]+\]:/;
const LINK_DEFINITION = /^ {0,3}\[[^\]^][^\]]*\]:[ \t]*\S+[ \t]*(?:"[^"]*"|'[^']*'|\([^)]*\))?[ \t]*$/;
const RAW_HTML_OPEN = /^ {0,3}<(script|style|pre|textarea|template|iframe|object)\b|^ {0,3}<!--/i;
/** The rule under a pipe table's header (`|---|:--:|`): layout, not text. */
const TABLE_RULE = /^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/;
const INDENTED = /^(?: {2,}|\t)/;

interface Line {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits Markdown into headings, paragraphs and thematic breaks, in one pass over its lines.
 * Block quotes and list items become paragraphs (their markers dropped); fenced code, footnote and
 * link definitions, YAML front matter and raw `<script>`/`<style>`/`<pre>`/comment blocks are
 * dropped; other HTML lines stay paragraph text (their tags are stripped inline). Paragraph `raw`
 * holds the lines joined by `\n`, container markers removed, inline markup intact.
 */
export function markdownBlocks(text: string, from = 0): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let para: Line[] = [];
  let paraKind: 'plain' | 'quote' | 'list' = 'plain';
  let fence: string | null = null;
  let rawHtmlEnd: RegExp | null = null;
  let inFootnote = false;

  const flush = (): void => {
    if (para.length === 0) return;
    const first = para[0];
    const last = para[para.length - 1];
    if (first && last) blocks.push({ type: 'paragraph', raw: para.map((l) => l.text).join('\n'), start: first.start, end: last.end });
    para = [];
  };

  for (const line of lines(text, from)) {
    const s = line.text;
    if (fence !== null) {
      if (s.trimStart().startsWith(fence) && s.trim().replace(/[`~]/g, '') === '') fence = null;
      continue;
    }
    if (rawHtmlEnd !== null) {
      if (rawHtmlEnd.test(s)) rawHtmlEnd = null;
      continue;
    }
    const blank = s.trim() === '';
    if (inFootnote) {
      if (blank || INDENTED.test(s)) continue;
      inFootnote = false;
    }
    if (blank) {
      flush();
      continue;
    }
    const fenceOpen = FENCE_OPEN.exec(s);
    if (fenceOpen) {
      flush();
      fence = fenceOpen[1] ?? '```';
      continue;
    }
    const html = RAW_HTML_OPEN.exec(s);
    if (html) {
      flush();
      const end = html[1] ? new RegExp(`</${html[1]}\\s*>`, 'i') : /-->/;
      const afterOpen = s.slice((html.index ?? 0) + html[0].length);
      if (!end.test(afterOpen)) rawHtmlEnd = end;
      continue;
    }
    if (FENCED_DIV.test(s) || TABLE_RULE.test(s)) {
      flush();
      continue;
    }
    if (FOOTNOTE_DEFINITION.test(s)) {
      flush();
      inFootnote = true;
      continue;
    }
    if (para.length === 0 && LINK_DEFINITION.test(s)) continue;
    const atx = ATX_HEADING.exec(s);
    if (atx) {
      flush();
      blocks.push({ type: 'heading', level: atx[1]?.length ?? 1, raw: atx[2] ?? '', start: line.start + s.indexOf('#'), end: line.end });
      continue;
    }
    const setext = SETEXT_UNDERLINE.exec(s);
    if (setext && para.length > 0 && paraKind === 'plain') {
      const first = para[0];
      const level = setext[1]?.startsWith('=') ? 1 : 2;
      if (first) blocks.push({ type: 'heading', level, raw: para.map((l) => l.text).join(' '), start: first.start, end: line.end });
      para = [];
      continue;
    }
    if (THEMATIC_BREAK.test(s)) {
      flush();
      blocks.push({ type: 'break', start: line.start, end: line.end });
      continue;
    }
    if (BLOCK_QUOTE.test(s)) {
      const marker = QUOTE_MARKERS.exec(s)?.[0] ?? '';
      const content = s.slice(marker.length);
      if (paraKind !== 'quote') flush();
      paraKind = 'quote';
      if (content.trim() === '') flush();
      else para.push({ text: content, start: line.start + marker.length, end: line.end });
      continue;
    }
    const item = LIST_ITEM.exec(s);
    if (item && (para.length === 0 || paraKind === 'list' || /^ {0,3}(?:[-+*]|1[.)])/.test(s))) {
      flush();
      paraKind = 'list';
      para.push({ text: s.slice(item[0].length), start: line.start + item[0].length, end: line.end });
      continue;
    }
    if (para.length === 0) paraKind = 'plain';
    const lead = s.length - s.trimStart().length;
    para.push({ text: s.slice(lead), start: line.start + lead, end: line.end });
  }
  flush();
  return blocks;
}

/** The lines of `text` from `from`, without their line breaks and trailing spaces. */
function* lines(text: string, from: number): Generator<Line> {
  let pos = from;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let end = nl;
    while (end > pos && (text.charCodeAt(end - 1) === 13 || text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    yield { text: text.slice(pos, end), start: pos, end };
    pos = nl + 1;
  }
}
