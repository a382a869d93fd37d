import { useLayoutEffect, useRef } from 'react';
import { ErrorMessage } from '../../ui/error-message';
import { ChapterHeading } from './chapter-heading';
import { useChapterStore } from './chapter-store';
import { ChapterText } from './chapter-text';
import { useProjectStore } from './project-store';

export function ChapterView() {
  const detail = useChapterStore((s) => s.detail);
  const loading = useChapterStore((s) => s.loading);
  const error = useChapterStore((s) => s.error);
  const language = useProjectStore((s) => s.project?.book.language);
  const paneRef = useRef<HTMLElement>(null);

  useLayoutEffect(() => {
    paneRef.current?.scrollTo({ top: 0 });
  }, [detail]);

  return (
    <main className="chapter-view" ref={paneRef} aria-busy={loading} aria-labelledby="chapter-heading">
      <article className="chapter-view__page" lang={language || undefined}>
        <ChapterHeading />
        {error && <ErrorMessage error={error} />}
        {detail && <ChapterText key={detail.id} chapter={detail} />}
      </article>
    </main>
  );
}
