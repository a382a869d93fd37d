import { useEffect, useRef, useState } from 'react';
import type { ScriptSegment } from '../../../../shared/script-editing';
import { toShownError, type ShownError } from '../../lib/shown-error';
import { ErrorMessage } from '../../ui/error-message';
import { openEpubBook, type EpubBook } from './epub-book';
import { markPassage } from './mark-passage';

/**
 * The EPUB page as the reader sees it, in a sandboxed frame: same origin (so the selected line can
 * be found and marked in it) but no scripts, so nothing in the book can run. The frame's document
 * also inherits this page's Content Security Policy.
 */
export function EpubSource({ bytes, segment }: { bytes: Uint8Array; segment: ScriptSegment | null }) {
  const [book, setBook] = useState<EpubBook | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [loadedUrl, setLoadedUrl] = useState<string | null>(null);
  const frameRef = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    let opened: EpubBook | null = null;
    let cancelled = false;
    openEpubBook(bytes).then(
      (b) => {
        if (cancelled) b.close();
        else {
          opened = b;
          setBook(b);
        }
      },
      (e: unknown) => !cancelled && setError(toShownError(e)),
    );
    return () => {
      cancelled = true;
      opened?.close();
    };
  }, [bytes]);

  const url = book?.documentUrl(segment?.source ?? null) ?? null;

  useEffect(() => {
    const doc = frameRef.current?.contentDocument;
    if (!doc || loadedUrl !== url || !segment) return;
    markPassage(doc, segment.text);
  }, [loadedUrl, url, segment]);

  if (error) return <ErrorMessage error={error} />;
  if (!url) return <p className="source-view__note">Opening the book…</p>;
  return (
    <iframe
      ref={frameRef}
      className="source-frame"
      title="The original page"
      sandbox="allow-same-origin"
      referrerPolicy="no-referrer"
      src={url}
      onLoad={() => setLoadedUrl(url)}
    />
  );
}
