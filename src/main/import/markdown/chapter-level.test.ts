import { describe, expect, it } from 'vitest';
import { chooseChapterLevel, type OutlineItem } from './chapter-level';

const h = (level: number, title = `H${level}`): OutlineItem => ({ type: 'heading', level, title, start: 0, end: 0 });
const p = (words = 50): OutlineItem => ({ type: 'paragraph', paragraph: { text: 'x', start: 0, end: 1 }, words });

describe('chooseChapterLevel', () => {
  it('picks the level whose headings have text of their own', () => {
    expect(chooseChapterLevel([h(1), h(2), p(), h(2), p(), h(1), h(2), p()])).toEqual({ level: 2, bookTitleIndex: -1 });
    expect(chooseChapterLevel([h(1), p(), h(2), p(), h(1), p(), h(2), p()]).level).toBe(1);
  });

  it('finds a lone book-title heading above the chapters', () => {
    expect(chooseChapterLevel([h(1, 'Book'), h(2), p(), h(2), p()])).toEqual({ level: 2, bookTitleIndex: 0 });
  });

  it('falls back to the level with the most text when none has two chapters', () => {
    expect(chooseChapterLevel([h(2), p()]).level).toBe(2);
    expect(chooseChapterLevel([p()]).level).toBe(1);
  });
});
