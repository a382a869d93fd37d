import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPath, corpusSkipReason, hasCorpus } from '../../testing/corpus';
import { normalizeText } from '../clean/normalize-text';
import { decodeText } from '../text/decode-text';
import { importMarkdown } from './import-markdown';

const load = (relative: string) => {
  const { text } = decodeText(readFileSync(corpusPath(relative)));
  return { text, book: importMarkdown(text, { fileName: relative.split('/').pop() ?? relative }) };
};

describe.skipIf(!hasCorpus)(`importMarkdown on the corpus (${hasCorpus ? 'present' : corpusSkipReason})`, () => {
  it.each([
    ['md/pride-and-prejudice.md', 61, 'I', 'LXI'],
    ['md/a-christmas-carol.md', 6, 'Preface', 'Stave V: The End of It'],
  ])('%s has %i included chapters', (file, count, first, last) => {
    const titles = load(file).book.chapters.filter((c) => c.included).map((c) => c.title);
    expect(titles).toHaveLength(count);
    expect(titles[0]).toBe(first);
    expect(titles[titles.length - 1]).toBe(last);
  });

  it('keeps Standard Ebooks boilerplate, markup and links out of the included text', () => {
    for (const file of ['md/pride-and-prejudice.md', 'md/a-christmas-carol.md']) {
      const { book } = load(file);
      expect(book.chapters.filter((c) => !c.included).map((c) => c.title)).toEqual(['Imprint', 'Colophon', 'Uncopyright']);
      for (const c of book.chapters.filter((ch) => ch.included)) {
        for (const p of c.paragraphs) {
          expect(p.text, `${file}: ${c.title}`).not.toMatch(/standard ebooks|uncopyright|\bcc0\b|\]\(|\*|<\/?[a-z]|\u2060/i);
        }
      }
    }
  });

  it('gives paragraph spans that cover the paragraph in the Markdown source', () => {
    const { text, book } = load('md/pride-and-prejudice.md');
    let emphasised = 0;
    for (const c of book.chapters) {
      for (const p of c.paragraphs) {
        const source = normalizeText(text.slice(p.start, p.end));
        const words = p.text.match(/\p{L}+/gu) ?? [];
        expect(source.replace(/[*_]/g, '')).toContain(words[0] ?? '');
        expect(source.replace(/[*_]/g, '')).toContain(words[words.length - 1] ?? '');
        for (const e of p.emphasis ?? []) {
          expect(source).toContain(`*${p.text.slice(e.start, e.end)}*`);
          emphasised++;
        }
      }
    }
    expect(emphasised).toBeGreaterThan(100);
  });
});
