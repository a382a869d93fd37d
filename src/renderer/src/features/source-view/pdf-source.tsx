import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { ScriptSegment } from '../../../../shared/script-editing';
import { toShownError, type ShownError } from '../../lib/shown-error';
import { ErrorMessage } from '../../ui/error-message';
import { findPieces } from './find-passage';
import { openPdf } from './pdf-document';
import { pdfPageNumber } from './pdf-page-number';

interface Highlight {
  key: number;
  style: CSSProperties;
}

/** The PDF page a line came from, drawn by pdf.js, with the line marked on it. */
export function PdfSource({ bytes, segment }: { bytes: Uint8Array; segment: ScriptSegment | null }) {
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const pageNumber = pdfPageNumber(segment?.source ?? null) ?? 1;
  const text = segment?.text ?? '';

  useEffect(() => {
    let cancelled = false;
    let opened: PDFDocumentProxy | null = null;
    openPdf(bytes).then(
      (doc) => {
        if (cancelled) void doc.destroy();
        else {
          opened = doc;
          setPdf(doc);
        }
      },
      (e: unknown) => !cancelled && setError(toShownError(e)),
    );
    return () => {
      cancelled = true;
      void opened?.destroy();
    };
  }, [bytes]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const box = boxRef.current;
    if (!pdf || !canvas || !box) return;
    let cancelled = false;
    let task: { cancel(): void } | null = null;
    void (async () => {
      const page = await pdf.getPage(Math.min(pageNumber, pdf.numPages));
      if (cancelled) return;
      const width = box.clientWidth || 360;
      const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${viewport.width}px`;
      canvas.style.height = `${viewport.height}px`;
      const render = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      task = render;
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is Extract<typeof item, { str: string }> => 'str' in item);
      const found = text ? findPieces(items.map((item) => item.str), text) : null;
      const marks: Highlight[] = [];
      if (found) {
        for (let i = found.first; i <= found.last; i++) {
          const item = items[i]!;
          const [x, y] = [item.transform[4] as number, item.transform[5] as number];
          const [x1, y1, x2, y2] = viewport.convertToViewportRectangle([x, y, x + item.width, y + item.height]);
          marks.push({ key: i, style: { left: Math.min(x1, x2), top: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) } });
        }
      }
      await render.promise.catch(() => undefined);
      if (cancelled) return;
      setHighlights(marks);
      box.querySelector('.pdf-source__mark')?.scrollIntoView({ block: 'center' });
    })().catch((e: unknown) => !cancelled && setError(toShownError(e)));
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, pageNumber, text]);

  if (error) return <ErrorMessage error={error} />;
  return (
    <figure className="pdf-source">
      <div className="pdf-source__page" ref={boxRef}>
        <canvas ref={canvasRef} className="pdf-source__canvas" role="img" aria-label={`Page ${pageNumber} of the PDF`} />
        {highlights.map((h) => (
          <span key={h.key} className="pdf-source__mark" style={h.style} aria-hidden="true" />
        ))}
      </div>
      <figcaption className="source-view__note">{pdf ? `Page ${pageNumber} of ${pdf.numPages}` : 'Opening the PDF…'}</figcaption>
    </figure>
  );
}
