import type { Chapter, ImportedBook } from '../../shared/book';

/** The chapters an import marks as read aloud, and their text, for corpus tests of every format. */
export const included = (book: ImportedBook): Chapter[] => book.chapters.filter((c) => c.included);

export const includedText = (book: ImportedBook): string => included(book).flatMap((c) => c.paragraphs.map((p) => p.text)).join('\n');

/** The chapters read aloud of A Christmas Carol, the same in each of the corpus's editions. */
export const CHRISTMAS_CAROL_CHAPTERS = [
  'Preface',
  'Stave I: Marley’s Ghost',
  'Stave II: The First of the Three Spirits',
  'Stave III: The Second of the Three Spirits',
  'Stave IV: The Last of the Spirits',
  'Stave V: The End of It',
];

/** Standard Ebooks' imprint, colophon and uncopyright: never read in an included chapter. */
export const STANDARD_EBOOKS_BOILERPLATE = /Standard Ebooks|Uncopyright|CC0/;
