import { describe, expect, it } from 'vitest';
import { importHtml } from './import-html';

const ctx = { fileName: 'story.html' };
const story = (n: number, tag = 'p'): string => Array.from({ length: n }, (_, i) => `<${tag}>Paragraph ${i + 1} of the story goes on for a while, as stories do.</${tag}>`).join('\n');

describe('importHtml', () => {
  it('takes metadata from <title>, <meta name="author"> and lang', () => {
    const book = importHtml(`<!DOCTYPE html><html lang="fr"><head><title>Le Livre</title><meta name="author" content="Anne Autrice"></head><body><p>Texte.</p></body></html>`, ctx);
    expect(book.book).toEqual({ title: 'Le Livre', author: 'Anne Autrice', language: 'fr', format: 'html' });
  });

  it('cuts chapters at h2 under a single h1 book title', () => {
    const html = `<html><body><h1>The Book</h1><h2>Chapter 1</h2>${story(3)}<h2>Chapter 2</h2><h3>Morning</h3>${story(2)}</body></html>`;
    const book = importHtml(html, ctx);
    expect(book.book.title).toBe('The Book');
    expect(book.chapters.map((c) => [c.title, c.paragraphs.length])).toEqual([
      ['Chapter 1', 3],
      ['Chapter 2', 3],
    ]);
    expect(book.chapters[1]!.paragraphs[0]!.text).toBe('Morning');
  });

  it('cuts chapters at h1 when the book uses h1 for chapters', () => {
    const html = `<html><body><h1>One</h1>${story(2)}<h2>A part</h2>${story(1)}<h1>Two</h1>${story(2)}</body></html>`;
    expect(importHtml(html, ctx).chapters.map((c) => c.title)).toEqual(['One', 'Two']);
  });

  it('keeps paragraph offsets into the given text and never reads scripts', () => {
    const html = `<html><head><script>alert(1)</script></head><body><h1>One</h1>\n<p id="a">“Hi,” said &lt;b&gt;Ann&lt;/b&gt;.<script>window.x=1</script></p></body></html>`;
    const book = importHtml(html, ctx);
    const p = book.chapters[0]!.paragraphs[0]!;
    expect(p.text).toBe('“Hi,” said <b>Ann</b>.');
    expect(html.slice(p.start, p.end)).toBe('<p id="a">“Hi,” said &lt;b&gt;Ann&lt;/b&gt;.<script>window.x=1</script></p>');
    expect(p.source).toBeUndefined();
  });

  it('refuses a page without readable text as NO_TEXT', () => {
    expect(() => importHtml('<html><body><script>alert(1)</script><img alt="x"></body></html>', ctx)).toThrow(expect.objectContaining({ code: 'NO_TEXT' }));
  });

  it('reads a fragment without headings as one section titled from the file', () => {
    const book = importHtml(`<p>Just a paragraph.</p><p>And another.</p>`, ctx);
    expect(book.book.title).toBe('story');
    expect(book.chapters).toHaveLength(1);
    expect(book.chapters[0]!.paragraphs.map((p) => p.text)).toEqual(['Just a paragraph.', 'And another.']);
  });
});
