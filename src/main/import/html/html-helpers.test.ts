import { describe, expect, it } from 'vitest';
import { chooseChapterLevel } from './choose-chapter-level';
import type { Block } from './html-to-blocks';
import { takeLeadingHeadings } from './leading-headings';
import { parseMarkupTree, textContent } from './markup-tree';
import { EMPHASIS_CLOSE as C, EMPHASIS_OPEN as O } from '../clean/emphasis-marks';
import { cleanMarkedParagraph } from './clean-paragraph-text';
import { isSceneBreakText } from './scene-break';

describe('cleanMarkedParagraph', () => {
  it('collapses whitespace, trims, and turns sentinels into ranges of the final text', () => {
    const { text, emphasis } = cleanMarkedParagraph(`  said ${O} Mr ${C}  Bennet,\u00a0${O}twice${C} ${O}and${C}\n`);
    expect(text).toBe('said Mr Bennet, twice and');
    expect(emphasis.map((e) => text.slice(e.start, e.end))).toEqual(['Mr', 'twice and']);
  });

  it('keeps ranges right when cleaning shortens the text, and drops footnote markers left in it', () => {
    const { text, emphasis } = cleanMarkedParagraph(`a\u00ad${O}b\ufb01c${C} d[12] e`);
    expect(text).toBe('abfic d e');
    expect(emphasis.map((e) => text.slice(e.start, e.end))).toEqual(['bfic']);
  });
});

describe('isSceneBreakText', () => {
  it('recognises ornaments and nothing else', () => {
    for (const t of ['* * *', '***', '#', '⁂', '~', '• • •', ' *  *  * ', '—']) expect(isSceneBreakText(t), t).toBe(true);
    for (const t of ['', 'A', '* said he', '1', 'I', '*Note*']) expect(isSceneBreakText(t), t).toBe(false);
  });
});

describe('takeLeadingHeadings', () => {
  const block = (text: string, heading?: number): Block => ({ text, start: 0, end: 0, semantics: [], ...(heading ? { heading } : {}) });

  it('drops the opening heading and the ones repeating the contents title', () => {
    const result = takeLeadingHeadings([block('Stave I', 2), block('Marley’s Ghost', 2), block('STAGE DIRECTION', 3), block('Text')], 'Stave I: Marley’s Ghost');
    expect(result.paragraphs.map((b) => b.text)).toEqual(['STAGE DIRECTION', 'Text']);
  });

  it('builds a title from the first heading and its same-level companions when there is no contents title', () => {
    const result = takeLeadingHeadings([block('Chapter 1.', 1), block('Loomings', 1), block('Sub', 2), block('Text')]);
    expect(result.heading).toBe('Chapter 1: Loomings');
    expect(result.paragraphs.map((b) => b.text)).toEqual(['Sub', 'Text']);
  });

  it('leaves a part without headings alone', () => {
    expect(takeLeadingHeadings([block('Text')])).toEqual({ heading: '', paragraphs: [block('Text')] });
  });
});

describe('chooseChapterLevel', () => {
  const h = (level: number, text: string, n = 1) => Array.from({ length: n }, () => ({ level, text }));

  it('passes over a level used once (the book title) and a level of parts', () => {
    expect(chooseChapterLevel([...h(1, 'The Book'), ...h(2, 'Chapter', 20)])).toBe(2);
    expect(chooseChapterLevel([...h(1, 'Part One', 3), ...h(2, 'Chapter', 9)])).toBe(2);
    expect(chooseChapterLevel([...h(1, 'Beginnings', 3), ...h(2, 'Chapter', 30)])).toBe(2);
  });

  it('keeps chapters above their sections', () => {
    expect(chooseChapterLevel([...h(1, 'Chapter', 10), ...h(2, 'Section', 25)])).toBe(1);
    expect(chooseChapterLevel(h(3, 'Only', 1))).toBe(3);
    expect(chooseChapterLevel([])).toBe(Infinity);
  });
});

describe('parseMarkupTree', () => {
  it('survives hostile nesting without overflowing the stack', () => {
    const deep = '<a>'.repeat(100_000) + 'text' + '</a>'.repeat(100_000);
    expect(textContent(parseMarkupTree(deep))).toBe('text');
  });
});
