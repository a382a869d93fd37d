import { describe, expect, it } from 'vitest';
import { bookNameFromFile, sourceFileName } from './book-name-from-file';

describe('bookNameFromFile', () => {
  it('drops the folder and the extension', () => {
    expect(bookNameFromFile('/home/a/Pride and Prejudice.epub')).toBe('Pride and Prejudice');
    expect(bookNameFromFile('C:\\Books\\carol.v2.docx')).toBe('carol.v2');
    expect(bookNameFromFile('README')).toBe('README');
  });

  it('keeps a leading-dot name and never returns an empty name', () => {
    expect(bookNameFromFile('.hidden')).toBe('.hidden');
    expect(bookNameFromFile('  .txt')).toBe('Untitled');
  });
});

describe('sourceFileName', () => {
  it('names paths and uploaded bytes alike', () => {
    expect(sourceFileName({ kind: 'path', path: '/x/y/book.pdf' })).toBe('book.pdf');
    expect(sourceFileName({ kind: 'bytes', name: 'notes.md', data: new Uint8Array() })).toBe('notes.md');
  });
});
