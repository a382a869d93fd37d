/** A cover drawn entirely in code: title and author in a pixel font on a coloured square. */
import { GLYPH_HEIGHT, GLYPH_WIDTH, drawableText, glyph } from './bitmap-font';
import { coverColours } from './cover-colours';
import { encodePng } from './png-encode';
import { wrapWords } from './wrap-text';

export const COVER_SIZE = 1400;
const MARGIN = 120;

class Canvas {
  readonly pixels: Uint8Array;
  constructor(
    readonly size: number,
    background: [number, number, number],
  ) {
    this.pixels = new Uint8Array(size * size * 3);
    for (let i = 0; i < size * size; i++) this.pixels.set(background, i * 3);
  }

  fill(x0: number, y0: number, w: number, h: number, colour: [number, number, number]): void {
    for (let y = Math.max(0, y0); y < Math.min(this.size, y0 + h); y++) {
      for (let x = Math.max(0, x0); x < Math.min(this.size, x0 + w); x++) this.pixels.set(colour, (y * this.size + x) * 3);
    }
  }

  /** Draws centred lines of text at `scale` pixels per font dot, starting at `top`; returns the bottom. */
  text(lines: string[], scale: number, top: number, colour: [number, number, number]): number {
    const advance = (GLYPH_WIDTH + 1) * scale;
    const lineHeight = (GLYPH_HEIGHT + 3) * scale;
    lines.forEach((line, row) => {
      const left = Math.round((this.size - (line.length * advance - scale)) / 2);
      [...line].forEach((char, i) => {
        const rows = glyph(char);
        if (!rows) return;
        rows.forEach((bits, gy) => {
          for (let gx = 0; gx < GLYPH_WIDTH; gx++) {
            if (bits & (1 << (GLYPH_WIDTH - 1 - gx))) this.fill(left + i * advance + gx * scale, top + row * lineHeight + gy * scale, scale, scale, colour);
          }
        });
      });
    });
    return top + lines.length * lineHeight;
  }
}

function scaleFor(lines: string[], largest: number): number {
  const longest = Math.max(1, ...lines.map((l) => l.length));
  return Math.max(2, Math.min(largest, Math.floor((COVER_SIZE - 2 * MARGIN) / ((GLYPH_WIDTH + 1) * longest))));
}

export function drawCoverPng(title: string, author: string): Buffer {
  const colours = coverColours(title);
  const canvas = new Canvas(COVER_SIZE, colours.background);
  const titleLines = wrapWords(drawableText(title), 16, 5);
  const authorLines = wrapWords(drawableText(author), 24, 2);
  const titleScale = scaleFor(titleLines, 14);
  const bottom = canvas.text(titleLines, titleScale, 360, colours.text);
  canvas.fill(COVER_SIZE / 2 - 150, bottom + 40, 300, 8, colours.accent);
  canvas.text(authorLines, scaleFor(authorLines, 8), COVER_SIZE - MARGIN - 2 * 10 * 8, colours.text);
  return encodePng(COVER_SIZE, COVER_SIZE, canvas.pixels);
}
