/**
 * FFmpeg's FFMETADATA1 format: the book's tags and one [CHAPTER] per chapter with its title, read
 * with `-map_metadata` and `-map_chapters`. Writing tags through this file keeps arbitrary titles off
 * the command line.
 */
import type { BookMetadata } from './render-plan';

export interface MetadataChapter {
  title: string;
  startSeconds: number;
  endSeconds: number;
}

/** `=`, `;`, `#`, `\` and newlines are special in FFMETADATA and escaped with a backslash. */
export function escapeMetadata(value: string): string {
  return value.replace(/[\\=;#\n]/g, (c) => `\\${c}`).replace(/\r/g, '');
}

/**
 * Tags as players read them from MP4: the author as artist and album artist, the narrator as
 * composer (what Apple Books, BookPlayer and Audiobookshelf show as the narrator).
 */
export function bookTags(book: BookMetadata): Array<[string, string]> {
  const tags: Array<[string, string]> = [
    ['title', book.title],
    ['album', book.title],
    ['artist', book.author],
    ['album_artist', book.author],
    ['composer', book.narrator],
    ['genre', book.genre ?? 'Audiobook'],
  ];
  if (book.year) tags.push(['date', book.year]);
  if (book.description) tags.push(['description', book.description], ['comment', book.description]);
  return tags.filter(([, v]) => v.trim() !== '');
}

export function ffmetadata(book: BookMetadata, chapters: MetadataChapter[]): string {
  const lines = [';FFMETADATA1', ...bookTags(book).map(([k, v]) => `${k}=${escapeMetadata(v)}`)];
  for (const chapter of chapters) {
    lines.push(
      '',
      '[CHAPTER]',
      'TIMEBASE=1/1000',
      `START=${Math.round(chapter.startSeconds * 1000)}`,
      `END=${Math.round(chapter.endSeconds * 1000)}`,
      `title=${escapeMetadata(chapter.title)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
