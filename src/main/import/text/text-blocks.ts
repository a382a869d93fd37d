/** One line of a text file, as offsets into it (the line break excluded). */
export interface LineSpan {
  start: number;
  end: number;
}

/** A run of non-blank lines between blank lines. */
export interface TextBlock {
  lines: LineSpan[];
  /** Offset of the first non-space character of the block. */
  start: number;
  /** Offset just past the last non-space character of the block. */
  end: number;
}

/** Characters that leave a line looking empty: whitespace and the invisible format characters. */
const BLANK_CHAR = /[\s\u00AD\u200B-\u200D\u2060\uFEFF]/;

/**
 * Splits `text[from, to)` into blocks of non-blank lines, in one pass. Lines end at `\n`, `\r\n` or
 * `\r`; a line of only whitespace is blank.
 */
export function splitBlocks(text: string, from = 0, to = text.length): TextBlock[] {
  const blocks: TextBlock[] = [];
  let lines: LineSpan[] = [];
  let pos = from;
  // Next line-feed and carriage-return positions, each searched again only once passed: one pass.
  let nextLf = -1;
  let nextCr = -1;
  while (pos < to) {
    if (nextLf !== to && nextLf < pos) nextLf = indexOrEnd(text, '\n', pos, to);
    if (nextCr !== to && nextCr < pos) nextCr = indexOrEnd(text, '\r', pos, to);
    const lineEnd = nextLf;
    let end = lineEnd;
    let next = lineEnd + 1;
    if (nextCr < lineEnd) {
      end = nextCr;
      // "\r\n" ends the line at the "\n"; a lone "\r" (old Mac files) ends it by itself.
      next = nextCr + 1 === lineEnd ? lineEnd + 1 : nextCr + 1;
    }
    if (isBlank(text, pos, end)) {
      if (lines.length > 0) blocks.push(toBlock(text, lines));
      lines = [];
    } else {
      lines.push({ start: pos, end });
    }
    pos = next;
  }
  if (lines.length > 0) blocks.push(toBlock(text, lines));
  return blocks;
}

function indexOrEnd(text: string, ch: string, from: number, to: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 || i > to ? to : i;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !BLANK_CHAR.test(text[i] ?? '')) return false;
  }
  return true;
}

function toBlock(text: string, lines: LineSpan[]): TextBlock {
  const first = lines[0] ?? { start: 0, end: 0 };
  const last = lines[lines.length - 1] ?? first;
  let start = first.start;
  while (start < first.end && /\s/.test(text[start] ?? '')) start++;
  let end = last.end;
  while (end > last.start && /\s/.test(text[end - 1] ?? '')) end--;
  return { lines, start, end };
}

/** The text of one line. */
export function lineText(text: string, line: LineSpan): string {
  return text.slice(line.start, line.end);
}
