import { describe, expect, it } from 'vitest';
import { measureBody } from './body-metrics';
import { pageLines } from './page-lines';
import { assembleBlocks, type PdfBlock } from './pdf-blocks';
import { blockText, findHeadingStarts } from './pdf-headings';
import { splitPdfSections } from './split-pdf-sections';
import { syntheticPage, type SyntheticLine } from './testing/synthetic-page';

const prose = (n: number): SyntheticLine[] =>
  Array.from({ length: 6 }, (_, i): SyntheticLine => [`Line ${i} of the story on page ${n}, set in the body size of the book`, 57, 200 + i * 18]);

function layout(pages: SyntheticLine[][]): { blocks: PdfBlock[]; starts: string[]; levels: string[]; titles: string[] } {
  const lines = pages.map((p, i) => pageLines(syntheticPage(i + 1, p)));
  const metrics = measureBody(lines);
  const blocks = assembleBlocks(lines, metrics);
  const starts = findHeadingStarts(blocks, metrics);
  const sections = splitPdfSections(
    blocks,
    starts.map((start) => ({ ...start, heading: true })),
    metrics,
  );
  return { blocks, starts: starts.map((s) => blockText(blocks[s.index]!)), levels: starts.map((s) => s.level), titles: sections.map((s) => s.title) };
}

describe('findHeadingStarts', () => {
  it('cuts at the size that chapters are set in, and at the book title above it', () => {
    const pages: SyntheticLine[][] = [
      [['The Book', 120, 120, 24], ['by Somebody', 150, 160]],
      ...['One', 'Two', 'Three'].flatMap((n, k) => [[[`Chapter ${n}`, 57, 120, 18] as SyntheticLine, ...prose(2 * k + 2)], prose(2 * k + 3)]),
    ];
    const { starts, titles } = layout(pages);
    expect(starts).toEqual(['The Book', 'Chapter One', 'Chapter Two', 'Chapter Three']);
    expect(titles).toEqual(['The Book', 'Chapter One', 'Chapter Two', 'Chapter Three']);
  });

  it('reads section headings below the chapter size as text', () => {
    const pages: SyntheticLine[][] = [1, 2, 3].map((n) => [[`Chapter ${n}`, 57, 100, 20], ['A Section', 57, 150, 14], ...prose(n), ['Another Section', 57, 330, 14], ['The end of the chapter.', 57, 360]]);
    const { starts, blocks } = layout(pages);
    expect(starts).toEqual(['Chapter 1', 'Chapter 2', 'Chapter 3']);
    expect(blocks.map(blockText)).toContain('Another Section');
  });

  it('takes a heading and the heading under it as one title', () => {
    const pages: SyntheticLine[][] = [1, 2, 3].map((n) => [[`Chapter ${n}`, 57, 100, 20], [`The ${['First', 'Second', 'Third'][n - 1]} Journey`, 57, 140, 16], ...prose(n)]);
    expect(layout(pages).titles).toEqual(['Chapter 1: The First Journey', 'Chapter 2: The Second Journey', 'Chapter 3: The Third Journey']);
  });

  it('finds chapter headings set in the body size from their wording', () => {
    const pages: SyntheticLine[][] = ['I', 'II', 'III'].map((n, k) => [[`CHAPTER ${n}`, 160, 150], ...prose(k)]);
    const { starts, titles } = layout(pages);
    expect(starts).toEqual(['CHAPTER I', 'CHAPTER II', 'CHAPTER III']);
    expect(titles).toEqual(['CHAPTER I', 'CHAPTER II', 'CHAPTER III']);
  });

  it('takes a short title-case line under a heading as its subtitle', () => {
    const pages: SyntheticLine[][] = ['I', 'II'].map((n, k) => [[`Stave ${n}`, 57, 100, 14], [k === 0 ? 'Marley’s Ghost' : 'The First of the Three Spirits', 57, 130], ...prose(k)]);
    expect(layout(pages).titles).toEqual(['Stave I: Marley’s Ghost', 'Stave II: The First of the Three Spirits']);
  });

  it('tells parts from chapters, and keeps a chapter heading right under its part heading', () => {
    const pages: SyntheticLine[][] = [1, 2].flatMap((part) => [
      [[`Part ${part}`, 57, 100, 24] as SyntheticLine, [`Chapter ${2 * part - 1}`, 57, 150, 18] as SyntheticLine, ...prose(part)],
      [[`Chapter ${2 * part}`, 57, 100, 18] as SyntheticLine, ...prose(part + 10)],
    ]);
    const { starts, levels } = layout(pages);
    expect(starts).toEqual(['Part 1', 'Chapter 1', 'Chapter 2', 'Part 2', 'Chapter 3', 'Chapter 4']);
    expect(levels).toEqual(['part', 'chapter', 'chapter', 'part', 'chapter', 'chapter']);
  });

  it('finds no chapters in a document without headings', () => {
    expect(layout([prose(1), prose(2)]).starts).toEqual([]);
  });
});

describe('splitPdfSections with outline titles', () => {
  it('drops the heading that shows the outline title and keeps a section heading under it as text', () => {
    const pages: SyntheticLine[][] = [[['4 Function reference', 57, 100, 20], ['4.1 Schema functions', 57, 140, 16], ...prose(1)]];
    const lines = pages.map((p, i) => pageLines(syntheticPage(i + 1, p)));
    const metrics = measureBody(lines);
    const blocks = assembleBlocks(lines, metrics);
    const [section] = splitPdfSections(blocks, [{ index: 0, title: 'Function reference' }], metrics);
    expect(section!.title).toBe('Function reference');
    expect(blockText(section!.blocks[0]!)).toBe('4.1 Schema functions');
  });

  it('drops headings that repeat the outline title and keeps text before the first entry', () => {
    const pages: SyntheticLine[][] = [[['Foreword text before any chapter.', 57, 80]], [['CHAPTER 1', 57, 100, 18], ...prose(1)]];
    const lines = pages.map((p, i) => pageLines(syntheticPage(i + 1, p)));
    const metrics = measureBody(lines);
    const blocks = assembleBlocks(lines, metrics);
    const sections = splitPdfSections(blocks, [{ index: 1, title: 'Chapter 1' }], metrics);
    expect(sections.map((s) => [s.title, blockText(s.blocks[0]!)])).toEqual([
      ['', 'Foreword text before any chapter.'],
      ['Chapter 1', blockText(blocks[2]!)],
    ]);
  });
});
