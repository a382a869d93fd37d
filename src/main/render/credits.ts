/**
 * The text of the opening and closing credits, as ACX asks for them: title, author and narrator at
 * the start; the same and "The end" at the close. The caller synthesises these lines and passes their
 * audio back in the plan's `credits`.
 */
import type { BookMetadata } from './render-plan';

export interface CreditLines {
  opening: string[];
  closing: string[];
}

function sentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export function creditLines(book: Pick<BookMetadata, 'title' | 'author' | 'narrator'>): CreditLines {
  const byline = [book.author.trim() ? sentence(`Written by ${book.author}`) : null, book.narrator.trim() ? sentence(`Narrated by ${book.narrator}`) : null].filter(
    (line): line is string => line !== null,
  );
  return {
    opening: [sentence(book.title), ...byline],
    closing: [sentence(`This has been ${book.title.trim()}`), ...byline, 'The end.'],
  };
}
