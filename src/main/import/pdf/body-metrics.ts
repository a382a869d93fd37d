import type { PdfLine } from './page-lines';

/** How the running text of a document is set, learnt from its lines. */
export interface BodyMetrics {
  /** The font size of most of the text. */
  size: number;
  /** Baseline to baseline within a paragraph of body text. */
  lineSpacing: number;
  /** Baseline to baseline between paragraphs, when the layout spaces them (else 0). */
  paragraphSpacing: number;
  /** The first-line indent of paragraphs, when the layout indents them (else 0). */
  indent: number;
  /** From the left margin to the right end of a full line. */
  textWidth: number;
  /** The baseline of the last line of a full page. */
  bottom: number;
  /** Each page's left margin, by page number. */
  margins: ReadonlyMap<number, number>;
}

/** Body text: within 8% of the body font size. */
export function isBodySize(size: number, bodySize: number): boolean {
  return Math.abs(size - bodySize) <= 0.08 * bodySize;
}

/** The font size that most characters are set in. */
export function bodyFontSize(pages: ReadonlyArray<readonly PdfLine[]>): number {
  const chars = new Map<number, number>();
  for (const lines of pages) {
    for (const line of lines) {
      const size = Math.round(line.size * 10) / 10;
      chars.set(size, (chars.get(size) ?? 0) + line.readingText.length);
    }
  }
  return mostCommon(chars) ?? 12;
}

/** Measures the body text of pages without their furniture. */
export function measureBody(pages: ReadonlyArray<readonly PdfLine[]>, size = bodyFontSize(pages)): BodyMetrics {
  const spacings = new Map<number, number>();
  const lastBaselines: number[] = [];
  const marginByPage = new Map<number, number>();
  for (const lines of pages) {
    const body = lines.filter((l) => isBodySize(l.size, size));
    if (body.length === 0) continue;
    for (let i = 1; i < body.length; i++) {
      const delta = body[i]!.y - body[i - 1]!.y;
      if (delta >= 0.9 * size && delta <= 3 * size) bump(spacings, Math.round(delta * 4) / 4);
    }
    lastBaselines.push(body[body.length - 1]!.y);
    const margin = pageMargin(body, size);
    if (margin !== null) marginByPage.set(body[0]!.pageNumber, margin);
  }
  const lineSpacing = smallestFrequent(spacings) ?? size * 1.2;
  const paragraphSpacing = mostCommon(new Map([...spacings].filter(([delta]) => delta > paragraphThreshold(lineSpacing)))) ?? 0;

  const margins = fillMargins(pages, marginByPage);
  const indents = new Map<number, number>();
  const widths: number[] = [];
  let bodyLines = 0;
  for (const lines of pages) {
    const margin = margins.get(lines[0]?.pageNumber ?? 0);
    if (margin === undefined) continue;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!isBodySize(line.size, size)) continue;
      bodyLines++;
      widths.push(line.right - margin);
      // A first-line indent: the paragraph's next line is back at the margin (an indented block's
      // lines are not).
      const indent = line.x - margin;
      const next = lines[i + 1];
      const returns = next !== undefined && Math.abs(next.x - margin) <= 1 && next.y - line.y <= paragraphThreshold(lineSpacing);
      if (returns && indent >= 0.5 * size && indent <= 5 * size) bump(indents, Math.round(indent * 2) / 2);
    }
  }
  const [indentValue, indentCount] = [...indents].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  const indent = indentCount >= Math.max(3, 0.03 * bodyLines) ? indentValue : 0;
  return {
    size,
    lineSpacing,
    paragraphSpacing,
    indent,
    textWidth: percentile(widths, 0.95) ?? 0,
    bottom: percentile(lastBaselines, 0.9) ?? 0,
    margins,
  };
}

/** A baseline distance beyond this starts a new paragraph. */
export function paragraphThreshold(lineSpacing: number): number {
  return lineSpacing * 1.15 + 1;
}

/**
 * The page's left margin: the leftmost position that at least two lines (or a fifth of them) start
 * at, so a lone outdented line does not count and indented paragraphs do not hide the margin.
 */
function pageMargin(body: readonly PdfLine[], size: number): number | null {
  const starts = new Map<number, number>();
  for (const line of body) bump(starts, Math.round(line.x));
  const need = Math.min(2, body.length);
  const candidates = [...starts].filter(([, n]) => n >= need || n >= body.length / 5).map(([x]) => x);
  if (candidates.length === 0) return null;
  const leftmost = Math.min(...candidates);
  // Back to the exact position of the lines that start there.
  const exact = body.filter((l) => Math.abs(l.x - leftmost) <= 0.5 + size * 0.01).map((l) => l.x);
  return Math.min(...exact);
}

/**
 * Each page's margin is the one most pages on the same side (odd or even) have, so a page that is all
 * quotation or verse still measures its indent from the real margin. Only a page whose text starts
 * further left keeps its own.
 */
function fillMargins(pages: ReadonlyArray<readonly PdfLine[]>, known: ReadonlyMap<number, number>): Map<number, number> {
  const byParity = [new Map<number, number>(), new Map<number, number>()];
  const all = new Map<number, number>();
  for (const [page, margin] of known) {
    bump(byParity[page % 2]!, Math.round(margin * 2) / 2);
    bump(all, Math.round(margin * 2) / 2);
  }
  const typical = [mostCommon(byParity[0]!) ?? mostCommon(all), mostCommon(byParity[1]!) ?? mostCommon(all)];
  const margins = new Map<number, number>();
  for (const lines of pages) {
    const page = lines[0]?.pageNumber;
    if (page === undefined) continue;
    const own = known.get(page);
    const side = typical[page % 2];
    if (own !== undefined && (side === undefined || own < side - 1)) margins.set(page, own);
    else if (side !== undefined) margins.set(page, own !== undefined && Math.abs(own - side) <= 1 ? own : side);
  }
  return margins;
}

function bump(map: Map<number, number>, key: number): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function mostCommon(counts: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined;
  let most = 0;
  for (const [value, n] of counts) {
    if (n > most || (n === most && best !== undefined && value < best)) {
      best = value;
      most = n;
    }
  }
  return best;
}

/**
 * The smallest baseline distance that is common (a fifth as common as the commonest, counting its
 * neighbours within half a point): the spacing inside paragraphs, even in dialogue where most
 * paragraphs are one line and the distance between paragraphs is the commonest.
 */
function smallestFrequent(counts: ReadonlyMap<number, number>): number | undefined {
  const near = (value: number): number => {
    let n = 0;
    for (const [v, c] of counts) if (Math.abs(v - value) <= 0.5) n += c;
    return n;
  };
  let max = 0;
  for (const value of counts.keys()) max = Math.max(max, near(value));
  const frequent = [...counts.keys()].filter((v) => near(v) >= max / 5).sort((a, b) => a - b)[0];
  if (frequent === undefined) return undefined;
  // The commonest exact value around it.
  return mostCommon(new Map([...counts].filter(([v]) => Math.abs(v - frequent) <= 0.5)));
}

function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  // A typed array sorts numbers natively, several times faster than a comparator on a book's lines.
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}
