import { describe, expect, it } from 'vitest';
import { classifyMatter, type MatterInput } from './classify-matter';

const prose =
  'It was a bright cold day in April, and the clocks were striking thirteen. She walked to the window and looked out at the street, where the rain had begun again. '.repeat(20);

const input = (over: Partial<MatterInput>): MatterInput => ({ title: '', text: prose, index: 5, count: 20, ...over });

describe('classifyMatter', () => {
  it('trusts semantics first', () => {
    expect(classifyMatter(input({ title: 'Chapter 1', semantics: ['colophon'] }))).toEqual({ kind: 'back-matter', role: 'colophon' });
    expect(classifyMatter(input({ semantics: ['imprint', 'frontmatter'] }))).toEqual({ kind: 'front-matter', role: 'imprint' });
    expect(classifyMatter(input({ semantics: ['titlepage'] }))).toEqual({ kind: 'front-matter', role: 'title-page' });
    expect(classifyMatter(input({ semantics: ['copyright-page'] }))).toEqual({ kind: 'front-matter', role: 'copyright' });
    expect(classifyMatter(input({ semantics: ['toc'] }))).toEqual({ kind: 'front-matter', role: 'contents' });
    expect(classifyMatter(input({ semantics: ['backmatter', 'endnotes'] })).kind).toBe('back-matter');
  });

  it('puts a copyright page marked as back matter at the back', () => {
    expect(classifyMatter(input({ title: 'Uncopyright', semantics: ['backmatter', 'copyright-page'], index: 19 }))).toEqual({ kind: 'back-matter', role: 'licence' });
    expect(classifyMatter(input({ title: 'Copyright', semantics: ['copyright-page'], index: 19 }))).toEqual({ kind: 'back-matter', role: 'copyright' });
    expect(classifyMatter(input({ title: 'Copyright', semantics: ['frontmatter', 'copyright-page'], index: 19 }))).toEqual({ kind: 'front-matter', role: 'copyright' });
  });

  it('reads an epigraph-marked section that is titled to be read or is chapter-length', () => {
    expect(classifyMatter(input({ title: 'EXTRACTS (Supplied by a Sub-Sub-Librarian).', semantics: ['epigraph'] })).kind).toBe('body');
    expect(classifyMatter(input({ title: 'Untitled', semantics: ['epigraph'] })).kind).toBe('body');
    expect(classifyMatter(input({ title: 'Untitled', text: 'Call no man happy until he is dead.', semantics: ['epigraph'] }))).toEqual({
      kind: 'front-matter',
      role: 'epigraph',
    });
  });

  it('reads a chapter-length section only marked as front or back matter, not a short one', () => {
    expect(classifyMatter(input({ title: 'Untitled', semantics: ['frontmatter'] })).kind).toBe('body');
    expect(classifyMatter(input({ title: 'Untitled', text: 'A few words.', semantics: ['frontmatter'] })).kind).toBe('front-matter');
    expect(classifyMatter(input({ title: 'Untitled', text: 'A few words.', semantics: ['backmatter'] })).kind).toBe('back-matter');
  });

  it('reads a preface, foreword or introduction even in front matter', () => {
    expect(classifyMatter(input({ title: 'Preface', semantics: ['frontmatter', 'preface'] })).kind).toBe('body');
    expect(classifyMatter(input({ title: 'Foreword', semantics: ['foreword'] })).kind).toBe('body');
    expect(classifyMatter(input({ title: 'Epilogue', semantics: ['backmatter', 'epilogue'] })).kind).toBe('body');
  });

  it.each([
    ['Imprint', 'front-matter', 'imprint'],
    ['Colophon', 'back-matter', 'colophon'],
    ['Uncopyright', 'back-matter', 'licence'],
    ['Table of Contents', 'front-matter', 'contents'],
    ['Dedication', 'front-matter', 'dedication'],
    ['Acknowledgments', 'back-matter', 'acknowledgements'],
    ['About the Author', 'back-matter', 'about-author'],
    ['Also by Jane Austen', 'back-matter', 'also-by'],
    ['The Full Project Gutenberg License', 'back-matter', 'licence'],
    ['Index', 'back-matter', 'index'],
  ])('classifies the title %j', (title, kind, role) => {
    expect(classifyMatter(input({ title }))).toEqual({ kind, role });
  });

  it.each(['Preface', 'Prologue', 'Introduction', 'Etymology', 'Extracts', 'Chapter 3', 'Stave I: Marley’s Ghost', 'The Dedication of the Temple'])(
    'keeps %j in the body',
    (title) => {
      expect(classifyMatter(input({ title })).kind).toBe('body');
    },
  );

  it('finds a copyright page from its boilerplate', () => {
    const text = 'Copyright © 2021 A. Writer. All rights reserved. ISBN 978-3-16-148410-0. First published in 2021 by Small Press.';
    expect(classifyMatter(input({ title: 'Untitled', text, index: 1 }))).toEqual({ kind: 'front-matter', role: 'copyright' });
  });

  it('finds Standard Ebooks boilerplate without a title', () => {
    const imprint =
      'This ebook is the product of many hours of hard work by volunteers for Standard Ebooks. The source text is believed to be in the United States public domain. CC0 1.0 Universal Public Domain Dedication.';
    expect(classifyMatter(input({ text: imprint, index: 0 })).kind).toBe('front-matter');
    expect(classifyMatter(input({ text: imprint, index: 19 })).kind).toBe('back-matter');
  });

  it('keeps a real chapter that mentions copyright once', () => {
    const text = `${prose} He had never cared about copyright, he said, only about the story. ${prose}`;
    expect(classifyMatter(input({ title: 'Chapter 9', text })).kind).toBe('body');
    expect(classifyMatter(input({ text })).kind).toBe('body');
  });

  it('recognises a contents page from a list of chapter titles', () => {
    const text = ['Chapter I. Down the Rabbit-Hole', 'Chapter II. The Pool of Tears', 'Chapter III. A Caucus-Race', 'Chapter IV. The Rabbit Sends in a Little Bill', 'Chapter V. Advice from a Caterpillar'].join('\n');
    expect(classifyMatter(input({ title: 'Untitled', text, index: 1 }))).toEqual({ kind: 'front-matter', role: 'contents' });
  });

  it('recognises an untitled title page near the start, not a short scene', () => {
    expect(classifyMatter(input({ title: 'Section 1', text: 'Pride and Prejudice\nBy Jane Austen', index: 0 }))).toEqual({ kind: 'front-matter', role: 'title-page' });
    expect(classifyMatter(input({ title: 'Section 2', text: 'She left. He wept.', index: 1 })).kind).toBe('body');
    expect(classifyMatter(input({ title: 'Section 9', text: 'Pride and Prejudice', index: 9 })).kind).toBe('body');
  });

  it('recognises a short dedication', () => {
    expect(classifyMatter(input({ title: 'Untitled', text: 'To my mother, who read to me.', index: 1 }))).toEqual({ kind: 'front-matter', role: 'dedication' });
  });

  it('treats a Project Gutenberg licence as back matter whatever its length', () => {
    const text = `${prose} Project Gutenberg Literary Archive Foundation ${prose}`;
    expect(classifyMatter(input({ title: 'Untitled', text, index: 19 }))).toEqual({ kind: 'back-matter', role: 'licence' });
  });
});
