import { describe, expect, it } from 'vitest';
import { pageLines } from './page-lines';
import { syntheticPage, type SyntheticLine } from './testing/synthetic-page';
import { readTitlePage } from './title-page';

const read = (lines: SyntheticLine[]) => readTitlePage(pageLines(syntheticPage(1, lines)), 12);

describe('readTitlePage', () => {
  it('takes the largest text as the title, over two lines, and the name under it as the author', () => {
    expect(read([['The Mysterious Affair', 80, 150, 28], ['at Styles', 140, 185, 28], ['A Novel', 170, 230, 14], ['by Agatha Christie', 140, 260, 12]])).toEqual({
      title: 'The Mysterious Affair at Styles',
      author: 'Agatha Christie',
    });
    expect(read([['Emma', 150, 150, 30], ['Jane Austen', 150, 200, 14]])).toEqual({ title: 'Emma', author: 'Jane Austen' });
  });

  it('finds nothing on a page of body text or one that opens with a chapter heading', () => {
    expect(read([['Just a line of ordinary text.', 57, 75]])).toEqual({ title: '', author: '' });
    expect(read([['Chapter 1', 57, 75, 20], ['It began in the spring.', 57, 120]])).toEqual({ title: '', author: '' });
  });
});
