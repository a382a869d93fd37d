import { describe, expect, it } from 'vitest';
import { parseHeadingLine } from './heading-line';

describe('parseHeadingLine', () => {
  it.each([
    ['CHAPTER I.', 'CHAPTER I', 'chapter'],
    ['Chapter 1', 'Chapter 1', 'chapter'],
    ['CHAPTER XII. The Lobster Quadrille', 'CHAPTER XII. The Lobster Quadrille', 'chapter'],
    ['Stave One', 'Stave One', 'chapter'],
    ["STAVE I: MARLEY'S GHOST", "STAVE I: MARLEY'S GHOST", 'chapter'],
    ['IV.', 'IV', 'chapter'],
    ['XLII', 'XLII', 'chapter'],
    ['I', 'I', 'chapter'],
    ['Part Two', 'Part Two', 'part'],
    ['BOOK THE FIRST', 'BOOK THE FIRST', 'part'],
    ['Book II', 'Book II', 'part'],
    ['VOL. II.', 'VOL. II', 'part'],
    ['PROLOGUE', 'PROLOGUE', 'chapter'],
    ['Epilogue', 'Epilogue', 'chapter'],
    ['PREFACE', 'PREFACE', 'chapter'],
    ['Chapter Twenty-One', 'Chapter Twenty-One', 'chapter'],
    ['Chapter the Last', 'Chapter the Last', 'chapter'],
    ['THE FIRST BOOK', 'THE FIRST BOOK', 'part'],
    ['   CHAPTER   X  ', 'CHAPTER X', 'chapter'],
    ['I. The Beginning', 'I. The Beginning', 'chapter'],
    ['Colophon', 'Colophon', 'chapter'],
  ])('recognises %j', (line, title, level) => {
    expect(parseHeadingLine(line)).toEqual({ title, level });
  });

  it.each([
    'Chapter one of my life was over.',
    'First part.',
    'Book two of the series sold well.',
    'I said no.',
    'It was the best of times.',
    'chapter 3',
    'MIX',
    'DID',
    'C. D.',
    '',
    '   ',
    'Introduction to the problem was hard.',
    'I. e. the one he meant, and so on and so forth.',
  ])('rejects %j', (line) => {
    expect(parseHeadingLine(line)).toBeNull();
  });

  it('rejects long lines without scanning them', () => {
    expect(parseHeadingLine(`Chapter 1 ${'word '.repeat(200_000)}`)).toBeNull();
  });
});
