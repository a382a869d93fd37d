import type { Paragraph } from '../../../shared/book';
import type { ChapterDraft } from '../chapters/chapter-drafts';
import { readByLine } from './text-metadata';

/** What the text before a book's first heading is: a title page (with a title and author) or prose. */
export interface PreambleInfo {
  titlePage: boolean;
  title: string;
  author: string;
}

/** Title pages are a few short lines (title, by-line, translator), not sentences of prose. */
const TITLE_PAGE_MAX_WORDS_PER_PARAGRAPH = 14;
const TITLE_PAGE_MAX_PARAGRAPHS = 10;

export function describePreamble(paragraphs: readonly Paragraph[]): PreambleInfo {
  if (paragraphs.length === 0) return { titlePage: false, title: '', author: '' };
  const titlePage = paragraphs.length <= TITLE_PAGE_MAX_PARAGRAPHS && paragraphs.every((p) => isTitlePageLine(p.text));
  let author = '';
  for (const p of paragraphs.slice(0, TITLE_PAGE_MAX_PARAGRAPHS)) {
    author = readByLine(p.text);
    if (author) break;
  }
  const first = paragraphs[0]?.text ?? '';
  const title = titlePage && !readByLine(first) && !/^[\w ]{1,20}:/.test(first) ? first : '';
  return { titlePage, title, author };
}

/** A line of a title page: short, and a title, a by-line, a field (`Author: ...`) or in capitals. */
function isTitlePageLine(text: string): boolean {
  if (text.length > 160 || text.split(' ').length > TITLE_PAGE_MAX_WORDS_PER_PARAGRAPH) return false;
  if (/^(title|author|by|translated|illustrated|edited|release date|language)\b/i.test(text)) return true;
  return !/[.!?]["”’]?$/.test(text) || !/\p{Ll}/u.test(text);
}


/**
 * The chapter made of the text before the first heading: an excluded title page, the whole book
 * when there are no headings, or an "Opening" that `classifyMatter` judges.
 */
export function preambleDraft(paragraphs: Paragraph[], info: PreambleInfo, bookTitle: string, hasChapters: boolean): ChapterDraft {
  if (!hasChapters) return { title: bookTitle, level: 'chapter', paragraphs };
  if (info.titlePage) return { title: 'Title page', level: 'chapter', paragraphs, decided: { kind: 'front-matter', role: 'title-page' } };
  return { title: 'Opening', level: 'chapter', paragraphs };
}
