import { memo } from 'react';
import type { ParagraphView } from '../../../../shared/project';
import { ParagraphBlock } from './paragraph-block';

export const PARAGRAPHS_PER_CHUNK = 150;

/** A run of paragraphs that the browser may skip laying out while it is off screen. */
export const ParagraphChunk = memo(function ParagraphChunk({ paragraphs, start }: { paragraphs: ParagraphView[]; start: number }) {
  return (
    <div className="paragraph-chunk">
      {paragraphs.slice(start, start + PARAGRAPHS_PER_CHUNK).map((paragraph) => (
        <ParagraphBlock key={paragraph.id} paragraph={paragraph} />
      ))}
    </div>
  );
});
