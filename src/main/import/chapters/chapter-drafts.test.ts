import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../shared/book';
import { finishChapters, type ChapterDraft } from './chapter-drafts';

const para = (text: string): Paragraph => ({ text, start: 0, end: text.length });
const long = 'She walked to the window and looked out at the street, where the rain had begun again.';
const draft = (title: string, level: 'part' | 'chapter', texts: string[]): ChapterDraft => ({
  title,
  level,
  paragraphs: texts.map(para),
  headingSpan: { start: 0, end: title.length, text: title },
});

describe('finishChapters', () => {
  it('folds an empty part heading into the next chapter title', () => {
    const chapters = finishChapters([draft('Part One', 'part', []), draft('Chapter 1', 'chapter', [long]), draft('Chapter 2', 'chapter', [long])]);
    expect(chapters.map((c) => c.title)).toEqual(['Part One — Chapter 1', 'Chapter 2']);
    expect(chapters.every((c) => c.included)).toBe(true);
  });

  it('turns a run of empty headings into one excluded contents chapter', () => {
    const chapters = finishChapters([draft('Chapter 1', 'chapter', []), draft('Chapter 2', 'chapter', []), draft('Chapter 1', 'chapter', [long])]);
    expect(chapters.map((c) => [c.title, c.kind, c.included])).toEqual([
      ['Contents', 'front-matter', false],
      ['Chapter 1', 'body', true],
    ]);
    expect(chapters[0]?.paragraphs.map((p) => p.text)).toEqual(['Chapter 1', 'Chapter 2']);
  });

  it('never includes a chapter with no text', () => {
    const chapters = finishChapters([draft('Chapter 1', 'chapter', [long]), draft('Chapter 2', 'chapter', [])]);
    expect(chapters.map((c) => c.title)).toEqual(['Chapter 1']);
  });
});
