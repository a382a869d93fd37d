import { useRenderStore } from './render-store';

/** The last render: where its files are, and the chapters left out because a line failed. */
export function RenderOutcome() {
  const last = useRenderStore((s) => s.state?.last ?? null);
  if (!last) return null;
  const failedChapters = new Map<number, { title: string; lines: typeof last.failed }>();
  for (const f of last.failed) {
    const entry = failedChapters.get(f.chapterId) ?? { title: f.chapterTitle, lines: [] };
    entry.lines.push(f);
    failedChapters.set(f.chapterId, entry);
  }
  return (
    <section className="render-outcome" aria-label="Last render">
      <h3 className="render-panel__heading">Last render</h3>
      <p className="render-outcome__where">
        {last.files.length} file{last.files.length === 1 ? '' : 's'} in <code>{last.outDir}</code>; {last.synthesised} line{last.synthesised === 1 ? '' : 's'} synthesised.
      </p>
      {failedChapters.size > 0 && (
        <div className="render-outcome__failed" role="alert">
          <p>Not exported, because a line could not be synthesised:</p>
          <ul>
            {[...failedChapters.entries()].map(([chapterId, { title, lines }]) => (
              <li key={chapterId}>
                <strong>{title}</strong>:{' '}
                {lines.map((line, i) => (
                  <span key={`${line.segmentId ?? 'title'}-${i}`}>
                    {i > 0 && '; '}
                    {line.label} ({line.reason})
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
      {last.warnings.length > 0 && (
        <ul className="render-outcome__warnings">
          {last.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {last.files.length > 0 && (
        <details>
          <summary>Files</summary>
          <ul className="render-outcome__files">
            {last.files.map((file) => (
              <li key={file}>{file}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
