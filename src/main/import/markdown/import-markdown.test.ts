import { describe, expect, it } from 'vitest';
import { importMarkdown } from './import-markdown';

const ctx = { fileName: 'the-book.md' };
const prose = 'She walked to the window and looked out at the street, where the rain had begun again and the lamps were lit.';

describe('importMarkdown', () => {
  it('uses the level below a lone book-title heading for chapters', () => {
    const md = `# The Book\n\n## Chapter 1 {#ch1 .chapter}\n\n${prose}\n\n## Chapter 2\n\n${prose}\n`;
    const book = importMarkdown(md, ctx);
    expect(book.book.title).toBe('The Book');
    expect(book.chapters.map((c) => [c.title, c.included])).toEqual([
      ['Chapter 1', true],
      ['Chapter 2', true],
    ]);
  });

  it('treats headings above the chapter level as parts and below it as paragraphs', () => {
    const md = `# Part One\n\n## Chapter 1\n\n${prose}\n\n### A letter\n\n${prose}\n\n## Chapter 2\n\n${prose}\n\n# Part Two\n\n## Chapter 3\n\n${prose}\n`;
    const book = importMarkdown(md, ctx);
    expect(book.chapters.map((c) => c.title)).toEqual(['Part One — Chapter 1', 'Chapter 2', 'Part Two — Chapter 3']);
    expect(book.chapters[0]?.paragraphs.map((p) => p.text)).toEqual([prose, 'A letter', prose]);
  });

  it('joins a sub-title paragraph to its chapter title', () => {
    const book = importMarkdown(`## Stave I\n\nMarley’s Ghost\n\n${prose}\n\n## Stave II\n\nThe First of the Three Spirits\n\n${prose}\n`, ctx);
    expect(book.chapters.map((c) => c.title)).toEqual(['Stave I: Marley’s Ghost', 'Stave II: The First of the Three Spirits']);
  });

  it('turns thematic breaks into scene breaks and keeps emphasis offsets', () => {
    const md = `## One\n\n“*You* want it.”\n\n* * *\n\n${prose}\n\n## Two\n\n${prose}\n`;
    const paragraphs = importMarkdown(md, ctx).chapters[0]?.paragraphs ?? [];
    expect(paragraphs.map((p) => [p.text.slice(0, 6), p.sceneBreakBefore ?? false])).toEqual([
      ['“You w', false],
      ['She wa', true],
    ]);
    const first = paragraphs[0];
    expect(first?.emphasis?.map((e) => first.text.slice(e.start, e.end))).toEqual(['You']);
    expect(md.slice(first?.start, first?.end)).toBe('“*You* want it.”');
  });

  it('keeps footnote definitions, images, scripts and code out of the spoken text', () => {
    const md = `## One\n\n![Cover](cover.jpg)\n\nText with a note.[^1]\n\n[^1]: The note.\n\n<script>alert(1)</script>\n\n\`\`\`\ncode\n\`\`\`\n\n${prose}\n\n## Two\n\n${prose}\n`;
    const texts = importMarkdown(md, ctx).chapters[0]?.paragraphs.map((p) => p.text);
    expect(texts).toEqual(['Text with a note.', prose]);
  });

  it('classifies front and back matter headings', () => {
    const md = `## Imprint\n\nThis ebook is the product of many hours of hard work by volunteers for Standard Ebooks.\n\n## I\n\n${prose}\n\n## II\n\n${prose}\n\n## Colophon\n\nProduced for Standard Ebooks.\n\n## Uncopyright\n\nCC0 1.0 Universal Public Domain Dedication.\n`;
    const book = importMarkdown(md, ctx);
    expect(book.chapters.map((c) => [c.title, c.kind, c.included])).toEqual([
      ['Imprint', 'front-matter', false],
      ['I', 'body', true],
      ['II', 'body', true],
      ['Colophon', 'back-matter', false],
      ['Uncopyright', 'back-matter', false],
    ]);
  });

  it('takes the title from YAML, then a heading, then the file name', () => {
    expect(importMarkdown(`---\ntitle: Yaml Title\nauthor: Ann Writer\n---\n\n${prose}\n`, ctx).book).toMatchObject({ title: 'Yaml Title', author: 'Ann Writer', format: 'markdown' });
    expect(importMarkdown(`${prose}\n`, ctx).book.title).toBe('The Book');
  });

  it('makes one chapter of a document without headings', () => {
    const book = importMarkdown(`${prose}\n\n${prose}\n`, ctx);
    expect(book.chapters.map((c) => [c.title, c.paragraphs.length, c.included])).toEqual([['The Book', 2, true]]);
  });
});
