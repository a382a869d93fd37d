import { describe, expect, it } from 'vitest';
import { findPageFurniture } from './page-furniture';
import { pageLines, type PdfLine } from './page-lines';
import { bodyLines, syntheticPage, type SyntheticLine } from './testing/synthetic-page';

const HEAD: SyntheticLine = ['THE GREAT NOVEL', 150, 20, 7];
const folio = (n: number | string): SyntheticLine => [String(n), 205, 580, 7];
const WORDS = ['morning', 'letter', 'garden', 'evening', 'carriage', 'dinner', 'journey', 'visit', 'silence', 'window', 'river', 'winter'];
const word = (n: number): string => WORDS[n % WORDS.length]!;
/** Three lines of text that differ from page to page, as real pages do. */
const prose = (n: number): string[] => [
  `The ${word(n)} was long, and the ${word(n + 1)} came before anyone`,
  `had thought of the ${word(n + 2)} or of the ${word(n + 3)} at all, so`,
  `the ${word(n + 4)} ended in a ${word(n + 5)}.`,
];

function furnitureOf(pages: SyntheticLine[][], firstPage = 1): { kept: string[][]; removed: string[][] } {
  const lines = pages.map((p, i) => pageLines(syntheticPage(firstPage + i, p)));
  const furniture = findPageFurniture(lines, 12);
  const texts = (keep: boolean) => lines.map((page) => page.filter((l: PdfLine) => furniture.has(l) !== keep).map((l) => l.readingText));
  return { kept: texts(true), removed: texts(false) };
}

describe('findPageFurniture', () => {
  it('removes a running head and page numbers, also where a chapter page has no head', () => {
    const pages = Array.from({ length: 8 }, (_, i) => [...(i === 3 ? [] : [HEAD]), ...bodyLines(prose(i + 1)), folio(i + 1)]);
    const { kept, removed } = furnitureOf(pages);
    expect(kept.flat().some((t) => t.includes('GREAT NOVEL') || /^\d+$/.test(t))).toBe(false);
    expect(kept.every((page) => page.length === 3)).toBe(true);
    expect(removed[3]).toEqual(['4']);
  });

  it('removes letter-spaced heads and heads that carry the page number', () => {
    const pages = Array.from({ length: 6 }, (_, i) => [
      i % 2 === 0 ? ([`${i + 11}  T H E   N O V E L`, 57, 20, 8] as SyntheticLine) : ([`CHAPTER THE FIRST  ${i + 11}`, 200, 20, 8] as SyntheticLine),
      ...bodyLines(prose(i)),
    ]);
    const { kept } = furnitureOf(pages, 11);
    expect(kept.flat().filter((t) => /NOVEL|CHAPTER/.test(t))).toEqual([]);
  });

  it('keeps a chapter heading that repeats the running head lower on the page and larger', () => {
    const pages = Array.from({ length: 6 }, (_, i) =>
      i === 2 ? [['THE GREAT NOVEL', 100, 120, 18] as SyntheticLine, ...bodyLines(prose(i), 160)] : [HEAD, ...bodyLines(prose(i)), folio(i + 1)],
    );
    const { kept } = furnitureOf(pages);
    expect(kept[2]![0]).toBe('THE GREAT NOVEL');
  });

  it('keeps a roman-numeral chapter heading at the top of a page and lone numbers inside the text', () => {
    const pages = Array.from({ length: 6 }, (_, i) => [HEAD, ...(i === 4 ? [['II', 57, 82, 18] as SyntheticLine] : []), ...bodyLines([...prose(i), ...(i === 2 ? ['1813'] : [])], 117), folio(i + 1)]);
    const { kept } = furnitureOf(pages);
    expect(kept[4]![0]).toBe('II');
    expect(kept[2]).toContain('1813');
  });

  it('keeps a short line of dialogue that happens to open several pages', () => {
    const pages = Array.from({ length: 20 }, (_, i) => [HEAD, ...bodyLines([...(i % 5 === 0 ? ['“Yes.”'] : []), ...prose(i)]), folio(i + 1)]);
    const { kept } = furnitureOf(pages);
    expect(kept.flat().filter((t) => t === '“Yes.”')).toHaveLength(4);
  });

  it('takes roman page numbers of the front matter and arabic ones of the text', () => {
    const pages = Array.from({ length: 10 }, (_, i) => [...bodyLines(prose(i)), folio(i < 4 ? ['i', 'ii', 'iii', 'iv'][i]! : i - 3)]);
    const { kept } = furnitureOf(pages);
    expect(kept.flat().filter((t) => !t.includes(' '))).toEqual([]);
  });

  it('never skips over body text to reach a repeated line', () => {
    const pages = Array.from({ length: 6 }, (_, i) => [[`A ${word(i)} of text first on the page`, 57, 20] as SyntheticLine, ['THE GREAT NOVEL', 150, 40, 7] as SyntheticLine, ...bodyLines(prose(i))]);
    const { kept } = furnitureOf(pages);
    expect(kept.every((page) => page.includes('THE GREAT NOVEL'))).toBe(true);
  });
});
