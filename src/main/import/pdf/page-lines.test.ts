import { describe, expect, it } from 'vitest';
import { pageLines, pageText } from './page-lines';
import type { PdfPageText, PdfTextItem } from './pdf-page-source';

const item = (str: string, x: number, y: number, fontSize = 12, width = str.length * fontSize * 0.5): PdfTextItem => ({
  str,
  x,
  y,
  width,
  height: fontSize,
  fontName: 'f1',
  fontSize,
  hasEOL: false,
});
const page = (items: PdfTextItem[]): PdfPageText => ({ pageNumber: 3, width: 420, height: 595, items });

describe('pageLines', () => {
  it('orders lines top to bottom and items left to right, whatever the content order', () => {
    const lines = pageLines(page([item('12', 200, 580, 7), item('second line', 57, 93), item('first', 57, 75), item('line', 90, 75), item('RUNNING HEAD', 150, 20, 7)]));
    expect(lines.map((l) => l.text)).toEqual(['RUNNING HEAD', 'first line', 'second line', '12']);
    expect(lines.every((l) => l.pageNumber === 3)).toBe(true);
  });

  it('adds a space only where items are apart and do not already meet at a space', () => {
    const lines = pageLines(page([item('Mr.', 57, 75, 12, 18), item('Darcy', 78, 75, 12, 30), item('’s', 108, 75, 12, 8), item('hat ', 120, 75, 12, 24), item('was', 144, 75, 12, 20)]));
    expect(lines[0]!.text).toBe('Mr. Darcy’s hat was');
  });

  it('keeps a raised, smaller note marker in the page text but not in the text to read', () => {
    const lines = pageLines(page([item('the end of it.', 57, 75, 12, 80), item('12', 137, 71, 7, 7), item('Then', 148, 75, 12, 26)]));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toBe('the end of it.12 Then');
    expect(lines[0]!.readingText).toBe('the end of it. Then');
    expect(lines[0]!.size).toBe(12);
    expect(lines[0]!.y).toBe(75);
  });

  it('drops the second copy of text drawn twice for fake bold', () => {
    const lines = pageLines(page([item('Bold', 57, 75), item('Bold', 57.3, 75)]));
    expect(lines[0]!.text).toBe('Bold');
  });

  it('gives offsets into the page text', () => {
    const p = page([item('alpha beta', 57, 75), item('gamma', 57, 93), item('delta', 57, 111)]);
    const text = pageText(p);
    expect(text).toBe('alpha beta\ngamma\ndelta');
    for (const line of pageLines(p)) expect(text.slice(line.start, line.end)).toBe(line.text);
  });

  it('measures the line: extent, size of most characters and width per character', () => {
    const [line] = pageLines(page([item('Some ', 60, 75, 12, 30), item('words', 90, 75, 14, 40)]));
    expect(line).toMatchObject({ x: 60, right: 130, size: 14 });
    expect(line!.charWidth).toBeCloseTo(70 / 10);
  });
});
