/** Where a Project Gutenberg file's licence header ends and its footer begins. */
export interface GutenbergFrame {
  /** Offset just past the `*** START OF ... ***` line (0 when there is none). */
  bodyStart: number;
  /** Offset of the `*** END OF ... ***` line or the licence footer (text length when none). */
  bodyEnd: number;
}

const START_MARKER = /\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG[^\n]*/i;
const END_MARKERS = [
  /\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG/i,
  /(?:^|\n)[ \t]*End of (?:the )?Project Gutenberg(?:'s|’s)? /,
  /(?:^|\n)[ \t]*\*{0,3}\s*END\*?\s*THE SMALL PRINT/,
];

/**
 * Finds the Gutenberg header and footer. Markers are looked for only where they can be (header in
 * the first 20,000 characters, footer after the start), so a novel quoting them is not cut.
 */
export function findGutenbergFrame(text: string): GutenbergFrame {
  const head = text.slice(0, 20_000);
  const start = START_MARKER.exec(head);
  const bodyStart = start ? start.index + start[0].length : 0;
  if (!start && !/project gutenberg/i.test(head)) return { bodyStart: 0, bodyEnd: text.length };
  let bodyEnd = text.length;
  const tail = Math.max(bodyStart, Math.floor(text.length / 2));
  const searchIn = text.slice(tail);
  for (const marker of END_MARKERS) {
    const m = marker.exec(searchIn);
    if (m) bodyEnd = Math.min(bodyEnd, tail + m.index + (m[0].startsWith('\n') ? 1 : 0));
  }
  return { bodyStart, bodyEnd };
}
