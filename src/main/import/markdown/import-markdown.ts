import type { ImportedBook, Paragraph } from '../../../shared/book';
import { finishChapters, type ChapterDraft } from '../chapters/chapter-drafts';
import { throwIfAborted, type ImportContext } from '../import-context';
import { describePreamble, preambleDraft } from '../text/preamble';
import { isSubtitleBlock } from '../text/title-like';
import { titleFromFileName } from '../text/title-from-file-name';
import { cleanMarkdownParagraph } from './clean-markdown-paragraph';
import { chooseChapterLevel, type OutlineItem } from './chapter-level';
import { markdownBlocks } from './markdown-blocks';
import { readMarkdownMetadata } from './markdown-metadata';

/**
 * Reads a Markdown manuscript (CommonMark with the pandoc extensions novels use). Paragraph
 * `start`/`end` are offsets into `text`; chapters start at the heading level that divides the book
 * into chapters with text (see `chooseChapterLevel`).
 */
export function importMarkdown(text: string, ctx: ImportContext): ImportedBook {
  throwIfAborted(ctx.signal);
  const meta = readMarkdownMetadata(text);
  const outline = toOutline(text, meta.bodyStart);
  throwIfAborted(ctx.signal);
  const { level, bookTitleIndex } = chooseChapterLevel(outline);
  const bookTitleHeading = bookTitleIndex >= 0 ? headingTitle(outline[bookTitleIndex]) : '';

  const preamble: Paragraph[] = [];
  const drafts: ChapterDraft[] = [];
  let paragraphs = preamble;
  let current: ChapterDraft | null = null;
  let sceneBreak = false;
  let awaitingSubtitle = false;

  outline.forEach((item, index) => {
    if (index === bookTitleIndex) return;
    if (item.type === 'break') {
      sceneBreak = paragraphs.length > 0;
      awaitingSubtitle = false;
      return;
    }
    if (item.type === 'heading' && item.title !== '' && item.level <= level) {
      current = {
        title: item.title,
        level: item.level < level ? 'part' : 'chapter',
        paragraphs: [],
        headingSpan: { start: item.start, end: item.end, text: item.title },
      };
      drafts.push(current);
      paragraphs = current.paragraphs;
      sceneBreak = false;
      awaitingSubtitle = item.level === level;
      return;
    }
    if (item.type === 'heading' && item.title === '') {
      sceneBreak = paragraphs.length > 0;
      return;
    }
    const paragraph: Paragraph =
      item.type === 'heading' ? { text: item.title, start: item.start, end: item.end } : item.paragraph;
    if (awaitingSubtitle && current && paragraphs.length === 0 && item.type === 'paragraph' && isSubtitleBlock([paragraph.text])) {
      const draft: ChapterDraft = current;
      draft.title = `${draft.title}: ${paragraph.text.replace(/\.$/, '')}`;
      if (draft.headingSpan) draft.headingSpan.text = draft.title;
      awaitingSubtitle = false;
      return;
    }
    awaitingSubtitle = false;
    if (sceneBreak) paragraph.sceneBreakBefore = true;
    sceneBreak = false;
    paragraphs.push(paragraph);
  });

  const info = describePreamble(preamble);
  const title = meta.title || bookTitleHeading || info.title || titleFromFileName(ctx.fileName);
  if (preamble.length > 0) drafts.unshift(preambleDraft(preamble, info, title, drafts.length > 0));
  ctx.progress?.(text.length, text.length);
  return {
    book: { title, author: meta.author || info.author, language: meta.language, format: 'markdown' },
    chapters: finishChapters(drafts),
    warnings: [],
  };
}

const PANDOC_ATTRIBUTES = /\s*\{[^{}]*\}\s*$/;

function toOutline(text: string, from: number): OutlineItem[] {
  const out: OutlineItem[] = [];
  for (const block of markdownBlocks(text, from)) {
    if (block.type === 'break') {
      out.push(block);
    } else if (block.type === 'heading') {
      const title = cleanMarkdownParagraph(block.raw.replace(PANDOC_ATTRIBUTES, '')).text;
      out.push({ type: 'heading', level: block.level, title, start: block.start, end: block.end });
    } else {
      const { text: clean, emphasis } = cleanMarkdownParagraph(block.raw);
      if (clean === '') continue;
      const paragraph: Paragraph = { text: clean, start: block.start, end: block.end, ...(emphasis.length > 0 ? { emphasis } : {}) };
      out.push({ type: 'paragraph', paragraph, words: countWords(clean) });
    }
  }
  return out;
}

function headingTitle(item: OutlineItem | undefined): string {
  return item?.type === 'heading' ? item.title : '';
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
