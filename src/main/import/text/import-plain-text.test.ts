import { describe, expect, it } from 'vitest';
import type { ImportedBook } from '../../../shared/book';
import { importPlainText } from './import-plain-text';

const ctx = { fileName: 'my-novel.txt' };
const prose = (n: number): string =>
  Array.from({ length: n }, (_, i) => `This is sentence number ${i + 1} of a paragraph that is long enough to read.`).join('\n');

const included = (book: ImportedBook) => book.chapters.filter((c) => c.included);

describe('importPlainText', () => {
  it('joins hard-wrapped lines into paragraphs with source offsets', () => {
    const text = 'It was a truth\nuniversally ac-\nknowledged.\n\nSecond  para-\ngraph here.\n';
    const book = importPlainText(text, ctx);
    const paragraphs = book.chapters.flatMap((c) => c.paragraphs);
    expect(paragraphs.map((p) => p.text)).toEqual(['It was a truth universally acknowledged.', 'Second paragraph here.']);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['It was a truth\nuniversally ac-\nknowledged.', 'Second  para-\ngraph here.']);
    expect(book.book).toMatchObject({ title: 'My Novel', format: 'text' });
  });

  it('splits chapters at headings and joins sub-titles to them', () => {
    const text = `CHAPTER I.\nDown the Rabbit-Hole\n\n\n${prose(3)}\n\nSTAVE TWO.\n\nTHE FIRST OF THE THREE SPIRITS.\n\n${prose(3)}\n\nIII\n\n${prose(3)}\n`;
    const book = importPlainText(text, ctx);
    expect(book.chapters.map((c) => c.title)).toEqual(['CHAPTER I: Down the Rabbit-Hole', 'STAVE TWO: THE FIRST OF THE THREE SPIRITS', 'III']);
    expect(book.chapters.every((c) => c.included && c.paragraphs.length === 1)).toBe(true);
  });

  it('moves a part title set alone in italics before a chapter into that chapter’s title', () => {
    const text = `CHAPTER I\n\n${prose(2)}\n\n${prose(2)}\n\nEND OF THE FIRST BOOK\n\n_REAPING_\n\n\nCHAPTER I\nEFFECTS IN THE BANK\n\n${prose(2)}\n\n_Not a title, but emphasis._\n\n${prose(1)}\n`;
    const book = importPlainText(text, ctx);
    expect(book.chapters.map((c) => c.title)).toEqual(['CHAPTER I', 'REAPING — CHAPTER I: EFFECTS IN THE BANK']);
    expect(book.chapters[0]!.paragraphs.at(-1)!.text).toBe('END OF THE FIRST BOOK');
    expect(book.chapters[1]!.paragraphs).toHaveLength(3);
  });

  it('does not take a first paragraph for a sub-title', () => {
    const book = importPlainText(`Chapter 1\n\n“Bingley.”\n\n${prose(2)}\n\nChapter 2\n\nIt was late. She slept.\n`, ctx);
    expect(book.chapters.map((c) => [c.title, c.paragraphs.length])).toEqual([
      ['Chapter 1', 2],
      ['Chapter 2', 1],
    ]);
  });

  it('puts a keyword heading on top of its first paragraph', () => {
    const book = importPlainText(`CHAPTER 4\nIt was late when she came home, and the house was dark and\nquiet, and nobody waited up for her.\n\n${prose(1)}\n`, ctx);
    expect(book.chapters[0]?.title).toBe('CHAPTER 4');
    expect(book.chapters[0]?.paragraphs[0]?.text).toMatch(/^It was late when she came home/);
  });

  it('folds part headings into the next chapter and never makes them empty chapters', () => {
    const text = `BOOK THE FIRST\n_SOWING_\n\n\nCHAPTER I\nTHE ONE THING NEEDFUL\n\n${prose(2)}\n\nCHAPTER II\n\n${prose(2)}\n\nPart Two\n\nCHAPTER III\n\n${prose(2)}\n`;
    const book = importPlainText(text, ctx);
    expect(book.chapters.map((c) => c.title)).toEqual([
      'BOOK THE FIRST: SOWING — CHAPTER I: THE ONE THING NEEDFUL',
      'CHAPTER II',
      'Part Two — CHAPTER III',
    ]);
  });

  it('makes a title page of the lines before the first heading and reads title and author from it', () => {
    const book = importPlainText(`The Gambler\n\nby Fyodor Dostoyevsky\n\nTranslated by C. J. Hogarth\n\nI\n\n${prose(3)}\n`, ctx);
    expect(book.book).toMatchObject({ title: 'The Gambler', author: 'Fyodor Dostoyevsky' });
    expect(book.chapters.map((c) => [c.title, c.kind, c.included])).toEqual([
      ['Title page', 'front-matter', false],
      ['I', 'body', true],
    ]);
  });

  it('reads Title: and Author: lines', () => {
    const book = importPlainText(`Title: Hard Times\n\nAuthor: Charles Dickens\n\nLanguage: English\n\nCHAPTER I\n\n${prose(2)}\n`, ctx);
    expect(book.book).toMatchObject({ title: 'Hard Times', author: 'Charles Dickens', language: 'en' });
  });

  it('keeps a Project Gutenberg header and licence as excluded matter', () => {
    const text = [
      'The Project Gutenberg eBook of Tiny Tales',
      '',
      'Title: Tiny Tales',
      'Author: A. Writer',
      '',
      '*** START OF THE PROJECT GUTENBERG EBOOK TINY TALES ***',
      '',
      'CHAPTER I.',
      '',
      prose(4),
      '',
      'CHAPTER II.',
      '',
      prose(4),
      '',
      '*** END OF THE PROJECT GUTENBERG EBOOK TINY TALES ***',
      '',
      'Updated editions will replace the previous one. Project Gutenberg is a registered trademark.',
      '',
    ].join('\n');
    const book = importPlainText(text, ctx);
    expect(book.book).toMatchObject({ title: 'Tiny Tales', author: 'A. Writer' });
    expect(book.chapters.map((c) => [c.title, c.kind, c.included])).toEqual([
      ['Project Gutenberg header', 'front-matter', false],
      ['CHAPTER I', 'body', true],
      ['CHAPTER II', 'body', true],
      ['Project Gutenberg licence', 'back-matter', false],
    ]);
    expect(included(book).flatMap((c) => c.paragraphs).some((p) => /gutenberg/i.test(p.text))).toBe(false);
  });

  it('turns _italic_ into emphasis without the underscores', () => {
    const book = importPlainText('There was nothing so _very_ remarkable in\n_that;_ nor did snake_case change.\n', ctx);
    const p = book.chapters[0]?.paragraphs[0];
    expect(p?.text).toBe('There was nothing so very remarkable in that; nor did snake_case change.');
    expect(p?.emphasis?.map((e) => p.text.slice(e.start, e.end))).toEqual(['very', 'that;']);
  });

  it('turns scene-break lines into sceneBreakBefore, not paragraphs', () => {
    for (const mark of ['* * *', '*       *       *       *       *', '#', '———', '***']) {
      const book = importPlainText(`First part.\n\n   ${mark}\n\nSecond part.\n`, ctx);
      const paragraphs = book.chapters.flatMap((c) => c.paragraphs);
      expect(paragraphs.map((p) => [p.text, p.sceneBreakBefore ?? false])).toEqual([
        ['First part.', false],
        ['Second part.', true],
      ]);
    }
  });

  it('strips footnote markers and drops footnote and illustration blocks', () => {
    const book = importPlainText('He left.[1] She stayed.\n\n[Illustration: A house]\n\n[1] A note on leaving.\n\n[Footnote 2: Another note.]\n', ctx);
    expect(book.chapters.flatMap((c) => c.paragraphs).map((p) => p.text)).toEqual(['He left. She stayed.']);
  });

  it('treats a block of several heading lines as a contents list, not chapters', () => {
    const text = `Contents\n\nCHAPTER I. The Start\nCHAPTER II. The Middle\nCHAPTER III. The End\n\nCHAPTER I. The Start\n\n${prose(2)}\n\nCHAPTER II. The Middle\n\n${prose(2)}\n`;
    const book = importPlainText(text, ctx);
    expect(book.chapters.map((c) => [c.title, c.included])).toEqual([
      ['Contents', false],
      ['CHAPTER I. The Start', true],
      ['CHAPTER II. The Middle', true],
    ]);
  });

  it('makes blank-line separated contents entries one excluded contents chapter', () => {
    const text = `CHAPTER I\n\nCHAPTER II\n\nCHAPTER III\n\nCHAPTER I\n\n${prose(2)}\n\nCHAPTER II\n\n${prose(2)}\n`;
    const book = importPlainText(text, ctx);
    expect(book.chapters.map((c) => [c.title, c.kind])).toEqual([
      ['Contents', 'front-matter'],
      ['CHAPTER I', 'body'],
      ['CHAPTER II', 'body'],
    ]);
  });

  it('accepts Windows and old Mac line endings', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = ['Chapter 1', '', 'One line', 'two line.', '', 'Chapter 2', '', 'Three.'].join(eol);
      const book = importPlainText(text, ctx);
      expect(book.chapters.map((c) => [c.title, c.paragraphs.map((p) => p.text)])).toEqual([
        ['Chapter 1', ['One line two line.']],
        ['Chapter 2', ['Three.']],
      ]);
    }
  });

  it('returns no chapters for blank text', () => {
    expect(importPlainText(' \n\n\t\n', ctx).chapters).toEqual([]);
  });

  it('stops when aborted', () => {
    const controller = new AbortController();
    controller.abort();
    expect(() => importPlainText('text', { fileName: 'a.txt', signal: controller.signal })).toThrow();
  });
});
