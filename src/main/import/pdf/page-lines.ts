import type { PdfPageText, PdfTextItem } from './pdf-page-source';

/** One line of a page: the items that share a baseline, left to right. */
export interface PdfLine {
  pageNumber: number;
  /** The line's part of the page text (see `pageText`). */
  text: string;
  /** The text to read: `text` without superscript note markers. */
  readingText: string;
  /** Offsets of `text` in the page text. */
  start: number;
  end: number;
  x: number;
  right: number;
  /** Baseline, from the top of the page. */
  y: number;
  /** The size of most of the line's characters. */
  size: number;
  /** Average advance per character, to estimate how wide a word is. */
  charWidth: number;
}

/** A note marker: a few digits or reference symbols, or one lower-case letter. */
const NOTE_MARKER = /^(?:[\d*†‡§¶#]{1,4}|[a-z])$/u;
/** Whitespace other than a lone plain space: only then has a line's reading text spaces to collapse. */
const UNUSUAL_SPACE = /[^\S ]|\s\s/u;

/**
 * The page's text as this importer defines it, the base of every paragraph's `start`/`end` on that
 * page: its lines from top to bottom joined by `\n`, each line its items from left to right, with a
 * space between two items that are apart by more than a sixth of the font size and do not already
 * meet at a space. A line is the items whose baselines are within half a font size of each other.
 */
export function pageText(page: PdfPageText): string {
  return pageLines(page)
    .map((l) => l.text)
    .join('\n');
}

/** The page's lines in reading order (see `pageText`). */
export function pageLines(page: PdfPageText): PdfLine[] {
  const sorted = [...page.items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  let group: PdfTextItem[] = [];
  let baseline = 0;
  let size = 0;
  for (const item of sorted) {
    if (group.length > 0 && Math.abs(item.y - baseline) <= 0.5 * Math.max(size, item.fontSize)) {
      group.push(item);
      // The line's baseline is its largest text's, not a raised note marker's.
      if (item.fontSize > size) {
        size = item.fontSize;
        baseline = item.y;
      }
      continue;
    }
    if (group.length > 0) groups.push(group);
    group = [item];
    baseline = item.y;
    size = item.fontSize;
  }
  if (group.length > 0) groups.push(group);

  const lines: PdfLine[] = [];
  let offset = 0;
  for (const items of groups) {
    const line = toLine(page.pageNumber, items, offset);
    lines.push(line);
    offset = line.end + 1;
  }
  return lines;
}

function toLine(pageNumber: number, unordered: PdfTextItem[], start: number): PdfLine {
  const items = unordered.sort((a, b) => a.x - b.x);
  const sizes = new Map<number, number>();
  for (const item of items) sizes.set(item.fontSize, (sizes.get(item.fontSize) ?? 0) + item.str.length);
  let size = 0;
  let most = -1;
  for (const [s, n] of sizes) {
    if (n > most || (n === most && s > size)) {
      size = s;
      most = n;
    }
  }
  const baseline = items.find((i) => i.fontSize === size)!.y;

  let text = '';
  let readingText = '';
  let advance = 0;
  let chars = 0;
  let previous: PdfTextItem | undefined;
  for (const item of items) {
    // Fake bold draws the same text twice, a hair apart.
    if (previous && item.str === previous.str && Math.abs(item.x - previous.x) < 0.2 * size) continue;
    const gap = previous ? item.x - (previous.x + previous.width) : 0;
    const space = previous !== undefined && gap > size / 6 && !/\s$/u.test(text) && !/^\s/u.test(item.str);
    if (space) text += ' ';
    text += item.str;
    if (isNoteMarker(item, size, baseline)) {
      if (space && !/\s$/u.test(readingText)) readingText += ' ';
    } else {
      if (space && readingText !== '' && !/\s$/u.test(readingText)) readingText += ' ';
      readingText += item.str;
      advance += item.width;
      chars += item.str.length;
    }
    previous = item;
  }
  const first = items[0]!;
  const last = items[items.length - 1]!;
  return {
    pageNumber,
    text,
    readingText: (UNUSUAL_SPACE.test(readingText) ? readingText.replace(/\s+/gu, ' ') : readingText).trim(),
    start,
    end: start + text.length,
    x: first.x,
    right: last.x + last.width,
    y: baseline,
    size,
    charWidth: chars > 0 ? advance / chars : size / 2,
  };
}

/** A superscript note marker: smaller than the line's text and raised above its baseline. */
function isNoteMarker(item: PdfTextItem, lineSize: number, baseline: number): boolean {
  return item.fontSize < 0.85 * lineSize && baseline - item.y > 0.2 * lineSize && NOTE_MARKER.test(item.str.trim());
}
