import { useId } from 'react';
import type { ChapterRenderState } from '../../../../shared/requests/render-requests';
import { useRenderStore } from './render-store';

function status(chapter: ChapterRenderState): string {
  if (chapter.segments === 0) return 'nothing to read';
  if (chapter.exported) return 'exported';
  const parts = [`${chapter.rendered} of ${chapter.segments} lines rendered`];
  if (chapter.stale > 0) parts.push(`${chapter.stale} changed since`);
  return parts.join(', ');
}

/** The chapters to render, each with how far its audio is. The included chapters are chosen at first. */
export function RenderChapterList() {
  const id = useId();
  const chapters = useRenderStore((s) => s.state?.chapters ?? []);
  const chosen = useRenderStore((s) => s.choices.chapterIds);
  const busy = useRenderStore((s) => s.phase !== 'idle');
  const selected = new Set(chosen ?? chapters.filter((c) => c.included).map((c) => c.chapterId));
  const total = chapters.filter((c) => selected.has(c.chapterId)).reduce((n, c) => n + c.segments, 0);
  const done = chapters.filter((c) => selected.has(c.chapterId)).reduce((n, c) => n + c.rendered, 0);

  const toggle = (chapterId: number, on: boolean): void => {
    const next = new Set(selected);
    if (on) next.add(chapterId);
    else next.delete(chapterId);
    useRenderStore.getState().setChapters(chapters.filter((c) => next.has(c.chapterId)).map((c) => c.chapterId));
  };

  return (
    <fieldset className="render-panel__group render-chapters" disabled={busy}>
      <legend>Chapters</legend>
      <p className="render-chapters__summary" id={`${id}-summary`}>
        {selected.size} chapter{selected.size === 1 ? '' : 's'} chosen; {done} of {total} lines already rendered.
      </p>
      <div className="render-chapters__actions">
        <button type="button" className="button button--small" onClick={() => useRenderStore.getState().setChapters(null)}>
          Included chapters
        </button>
        <button type="button" className="button button--small" onClick={() => useRenderStore.getState().setChapters(chapters.map((c) => c.chapterId))}>
          All
        </button>
      </div>
      <ul className="plain-list render-chapters__list" aria-describedby={`${id}-summary`}>
        {chapters.map((chapter) => (
          <li key={chapter.chapterId} className="render-chapters__item">
            <label>
              <input type="checkbox" checked={selected.has(chapter.chapterId)} onChange={(e) => toggle(chapter.chapterId, e.target.checked)} />
              <span className="render-chapters__title">{chapter.title || 'Untitled chapter'}</span>
            </label>
            <span className={chapter.stale > 0 ? 'render-chapters__status render-chapters__status--stale' : 'render-chapters__status'}>{status(chapter)}</span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
