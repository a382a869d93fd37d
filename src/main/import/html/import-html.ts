import type { Chapter, ImportedBook, Paragraph } from '../../../shared/book';
import { StudioError } from '../../../shared/errors';
import { classifyMatter } from '../chapters/classify-matter';
import { throwIfAborted, type ImportContext } from '../import-context';
import { chooseChapterLevel } from './choose-chapter-level';
import { htmlToBlocks, type Block } from './html-to-blocks';
import { takeLeadingHeadings } from './leading-headings';
import { titleFromFileName } from './title-from-file-name';

const isChapterHeading = (b: Block): boolean => b.heading !== undefined && !b.titlePart;

/**
 * Reads a whole HTML file (already decoded): chapters at the heading level that divides it,
 * `<title>` and `<meta name="author">` for metadata, and the same reading rules as EPUB content.
 * Paragraph offsets index `text`.
 */
export function importHtml(text: string, ctx: ImportContext): ImportedBook {
  throwIfAborted(ctx.signal);
  const doc = htmlToBlocks(text);
  const level = chooseChapterLevel(doc.blocks.filter(isChapterHeading).map((b) => ({ level: b.heading!, text: b.text })));

  const sections: Block[][] = [[]];
  for (const block of doc.blocks) {
    if (isChapterHeading(block) && block.heading! <= level && sections[sections.length - 1]!.length > 0) sections.push([]);
    sections[sections.length - 1]!.push(block);
  }

  const drafts = sections
    .map((blocks) => ({ ...takeLeadingHeadings(blocks), semantics: blocks[0]?.semantics ?? [] }))
    .filter((d) => d.paragraphs.length > 0);
  if (drafts.length === 0) throw new StudioError('NO_TEXT', 'This HTML file has no text to read.');
  const chapters = drafts.map((draft, index): Chapter => {
    const title = draft.heading || (index === 0 ? doc.title : '') || `Section ${index + 1}`;
    const { kind, role } = classifyMatter({
      title,
      text: draft.paragraphs.map((p) => p.text).join('\n'),
      index,
      count: drafts.length,
      semantics: [...draft.semantics],
    });
    return { title, kind, ...(role ? { role } : {}), included: kind === 'body', paragraphs: draft.paragraphs.map(toParagraph) };
  });
  ctx.progress?.(1, 1);

  // A heading above the chapter level, used once, is the book's own title.
  const bookHeading = doc.blocks.find((b) => isChapterHeading(b) && b.heading! < level)?.text;
  return {
    book: {
      title: doc.title || bookHeading || titleFromFileName(ctx.fileName),
      author: doc.meta.get('author') ?? doc.meta.get('dc.creator') ?? doc.meta.get('dcterms.creator') ?? '',
      language: doc.language,
      format: 'html',
    },
    chapters,
    warnings: [],
  };
}

function toParagraph(block: Block): Paragraph {
  const p: Paragraph = { text: block.text, start: block.start, end: block.end };
  if (block.emphasis) p.emphasis = block.emphasis;
  if (block.sceneBreakBefore) p.sceneBreakBefore = true;
  return p;
}
