import { Fragment, memo } from 'react';
import type { ParagraphView } from '../../../../shared/project';
import { emphasisRuns } from './emphasis-runs';

/** One paragraph of the book. Its text is data: rendered as text nodes, never parsed as markup. */
export const ParagraphBlock = memo(function ParagraphBlock({ paragraph }: { paragraph: ParagraphView }) {
  const runs = emphasisRuns(paragraph.text, paragraph.emphasis);
  return (
    <>
      {paragraph.sceneBreakBefore && <hr className="scene-break-mark scene-break" />}
      <p className="paragraph">
        {runs.map((run, i) => (run.emphasized ? <em key={i}>{run.text}</em> : <Fragment key={i}>{run.text}</Fragment>))}
      </p>
    </>
  );
});
