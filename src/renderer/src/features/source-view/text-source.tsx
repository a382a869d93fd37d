import { useEffect, useRef } from 'react';
import type { ScriptSegment } from '../../../../shared/script-editing';
import { ParagraphBlock } from '../project/paragraph-block';
import { paragraphForSegment } from './paragraph-for-segment';
import { useSourceStore } from './source-store';

/** For text, Markdown, HTML and Word: the chapter's formatted paragraphs, the line's own marked. */
export function TextSource({ chapterId, segment }: { chapterId: number | null; segment: ScriptSegment | null }) {
  const detail = useSourceStore((s) => (chapterId === null ? undefined : s.chapters.get(chapterId)));
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (chapterId !== null) void useSourceStore.getState().loadChapter(chapterId);
  }, [chapterId]);

  const marked = detail && segment ? paragraphForSegment(detail.paragraphs, segment) : null;

  useEffect(() => {
    ref.current?.querySelector('.text-source__marked')?.scrollIntoView({ block: 'center' });
  }, [marked]);

  if (!detail) return <p className="source-view__note">Loading the chapter…</p>;
  return (
    <div className="text-source" ref={ref}>
      <h3 className="text-source__title">{detail.title}</h3>
      {detail.paragraphs.map((paragraph) => (
        <div key={paragraph.id} className={paragraph === marked ? 'text-source__marked' : undefined}>
          <ParagraphBlock paragraph={paragraph} />
        </div>
      ))}
    </div>
  );
}
