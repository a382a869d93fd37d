import { describe, expect, it } from 'vitest';
import { outlineStarts } from './outline-starts';
import { pageLines } from './page-lines';
import { syntheticPage } from './testing/synthetic-page';

const pages = [
  pageLines(syntheticPage(1, [['The end of the preface.', 57, 100], ['Chapter One', 57, 300, 18], ['It began.', 57, 340]])),
  [],
  pageLines(syntheticPage(3, [['Chapter Two', 57, 100, 18], ['It went on.', 57, 140]])),
];

describe('outlineStarts', () => {
  it('starts each entry at the first line at or below its destination', () => {
    const starts = outlineStarts(
      [
        { title: 'Preface', level: 1, pageNumber: 1 },
        { title: 'Chapter One', level: 1, pageNumber: 1, top: 284 },
        { title: 'Chapter Two', level: 1, pageNumber: 2 },
      ],
      pages,
    );
    expect([...starts].map(([line, start]) => [start.title, line.readingText])).toEqual([
      ['Preface', 'The end of the preface.'],
      ['Chapter One', 'Chapter One'],
      ['Chapter Two', 'Chapter Two'],
    ]);
  });

  it('makes entries above the chapters that are used more than once parts', () => {
    const starts = outlineStarts(
      [
        { title: 'Part One', level: 1, pageNumber: 1 },
        { title: 'Chapter One', level: 2, pageNumber: 1, top: 290 },
        { title: 'Part Two', level: 1, pageNumber: 3 },
        { title: 'Chapter Two', level: 2, pageNumber: 3, top: 90 },
      ],
      pages,
    );
    expect([...starts.values()]).toEqual([
      { title: 'Part One', level: 'part' },
      { title: 'Chapter One', level: 'chapter' },
      { title: 'Chapter Two', level: 'chapter' },
    ]);
  });

  it('cuts at the level that holds the chapters, not at a lone book entry above them', () => {
    const starts = outlineStarts(
      [
        { title: 'The Book', level: 1, pageNumber: 1 },
        { title: 'Chapter One', level: 2, pageNumber: 1, top: 290 },
        { title: 'Chapter Two', level: 2, pageNumber: 3 },
        { title: 'A section', level: 3, pageNumber: 3, top: 130 },
        { title: 'Another section', level: 3, pageNumber: 3, top: 135 },
      ],
      pages,
    );
    expect([...starts.values()].map((s) => s.title)).toEqual(['The Book', 'Chapter One', 'Chapter Two']);
    expect([...starts.values()].map((s) => s.level)).toEqual(['chapter', 'chapter', 'chapter']);
  });
});
