import { memo } from 'react';
import type { ChapterDetail } from '../../../../shared/project';
import { PARAGRAPHS_PER_CHUNK, ParagraphChunk } from './paragraph-chunk';
import { useProgressiveCount } from './use-progressive-count';

/**
 * A chapter's paragraphs, in chunks. A long chapter shows its first screens at once and one more
 * chunk per frame after that, so opening it never blocks the window; finished chunks are memoised and
 * laid out on their own, so adding one costs the same at the end of a book-length chapter as at its start.
 */
export const ChapterText = memo(function ChapterText({ chapter }: { chapter: ChapterDetail }) {
  const total = chapter.paragraphs.length;
  const chunks = useProgressiveCount(Math.ceil(total / PARAGRAPHS_PER_CHUNK));
  if (total === 0) return <p className="chapter-text__empty">This chapter has no text.</p>;
  return (
    <div className="chapter-text">
      {Array.from({ length: chunks }, (_, i) => (
        <ParagraphChunk key={i} paragraphs={chapter.paragraphs} start={i * PARAGRAPHS_PER_CHUNK} />
      ))}
    </div>
  );
});
