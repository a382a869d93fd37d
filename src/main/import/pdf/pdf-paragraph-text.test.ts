import { describe, expect, it } from 'vitest';
import { pageLines } from './page-lines';
import { collectHyphenatedWords } from '../clean/join-hyphenated';
import { hyphenatedLines, paragraphText } from './pdf-paragraph-text';
import { syntheticPage } from './testing/synthetic-page';

const lines = (...texts: string[]) => pageLines(syntheticPage(1, texts.map((t, i) => [t, 57, 75 + i * 18])));

describe('paragraphText', () => {
  it('mends words broken at a line end, and keeps the hyphen of words the book hyphenates', () => {
    const page = lines('a self-made man with great com-', 'passion and no self-', 'respect at all, nor any ﬁne\u00a0feelings');
    expect(paragraphText(page, collectHyphenatedWords(hyphenatedLines([lines('she had self-respect', 'and no other')])))).toBe('a self-made man with great compassion and no self-respect at all, nor any fine feelings');
  });

  it('keeps a hyphen before a capital, closes up a dash, and mends soft hyphens', () => {
    expect(paragraphText(lines('the Anglo-', 'Saxon kings—', 'all of them, as it hap\u00ad', 'pened'), new Set())).toBe('the Anglo-Saxon kings—all of them, as it happened');
  });

  it('drops note markers written as characters', () => {
    expect(paragraphText(lines('as he said.¹ Then [2] she left.'), new Set())).toBe('as he said. Then she left.');
  });
});
