import { useEffect, useId } from 'react';
import { ErrorMessage } from '../../ui/error-message';
import { useProjectStore } from '../project/project-store';
import { useScriptStore } from '../script/script-store';
import { EpubSource } from './epub-source';
import { PdfSource } from './pdf-source';
import { useSelectedSegment } from './use-selected-segment';
import { useSourceStore } from './source-store';
import { TextSource } from './text-source';
import './source-view.css';

/** The original beside the script, following the selected line. */
export default function SourcePanel() {
  const id = useId();
  const format = useProjectStore((s) => s.project?.book.format);
  const segment = useSelectedSegment();
  const currentChapterId = useScriptStore((s) => s.currentChapterId);
  const document = useSourceStore((s) => s.document);
  const error = useSourceStore((s) => s.error);
  const drawn = format === 'epub' || format === 'pdf';

  useEffect(() => {
    if (drawn) void useSourceStore.getState().loadDocument();
  }, [drawn]);

  return (
    <section className="source-view" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="side-panel__title">
        Source
      </h2>
      <p className="source-view__note">The original, at the selected line. The script’s edits never change it.</p>
      {error && <ErrorMessage error={error} onDismiss={undefined} />}
      {drawn ? (
        document ? (
          format === 'epub' ? (
            <EpubSource bytes={document.bytes} segment={segment} />
          ) : (
            <PdfSource bytes={document.bytes} segment={segment} />
          )
        ) : (
          !error && <p className="source-view__note">Reading the original…</p>
        )
      ) : (
        <TextSource chapterId={segment?.chapterId ?? currentChapterId} segment={segment} />
      )}
    </section>
  );
}
