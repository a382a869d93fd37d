import { describe, expect, it } from 'vitest';
import { StudioError } from '../../shared/errors';
import { sniffContainer, textFormat, zipFormat } from './sniff-format';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const code = (f: () => unknown): string | null => {
  try {
    f();
    return null;
  } catch (error) {
    return error instanceof StudioError ? error.code : 'NOT_A_STUDIO_ERROR';
  }
};

describe('sniffContainer', () => {
  it('recognises containers from their bytes', () => {
    expect(sniffContainer(bytes('%PDF-1.7\n...'))).toEqual({ container: 'pdf' });
    expect(sniffContainer(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toEqual({ container: 'zip' });
    expect(sniffContainer(bytes('Chapter 1\n\nIt was a dark night.'))).toEqual({ container: 'text' });
    expect(sniffContainer(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]))).toEqual({ container: 'text' });
  });

  it('refuses empty files, images, old Word files and binary noise with a code', () => {
    expect(code(() => sniffContainer(new Uint8Array()))).toBe('EMPTY_FILE');
    expect(code(() => sniffContainer(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])))).toBe('UNSUPPORTED_FORMAT');
    expect(code(() => sniffContainer(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))).toBe('UNSUPPORTED_FORMAT');
    const noise = new Uint8Array(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) % 251;
    expect(code(() => sniffContainer(noise))).toBe('UNSUPPORTED_FORMAT');
  });
});

describe('zipFormat', () => {
  it('tells EPUB from DOCX by entry names and refuses other archives', () => {
    expect(zipFormat(['mimetype', 'META-INF/container.xml'], new Uint8Array())).toBe('epub');
    expect(zipFormat(['[Content_Types].xml', 'word/document.xml'], new Uint8Array())).toBe('docx');
    expect(code(() => zipFormat(['photo.jpg'], new Uint8Array()))).toBe('UNSUPPORTED_FORMAT');
  });
});

describe('textFormat', () => {
  it('tells HTML, Markdown and plain text apart from the content', () => {
    expect(textFormat('<!DOCTYPE html><html><body><p>Hi</p></body></html>', 'book.txt')).toBe('html');
    expect(textFormat('# Title\n\ntext\n\n## Chapter 1\n\nMore.', 'book.txt')).toBe('markdown');
    expect(textFormat('---\ntitle: X\n---\n\nHello', 'book')).toBe('markdown');
    expect(textFormat('CHAPTER I.\n\nIt was a dark night.', 'book.md')).toBe('text');
    expect(textFormat('Title\n=====\n\nBody text.', 'book.md')).toBe('markdown');
    expect(textFormat('Title\n=====\n\nBody text.', 'book.txt')).toBe('text');
  });
});
