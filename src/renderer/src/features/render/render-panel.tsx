import { useEffect, useId } from 'react';
import { SYNTHETIC_NARRATION_NOTICE } from '../../../../shared/render';
import { scriptChanges } from '../../lib/script-changes';
import { CacheSpace } from './cache-space';
import { PreflightReportView } from './preflight-report';
import { RenderChapterList } from './render-chapter-list';
import { RenderControls } from './render-controls';
import { RenderOptions } from './render-options';
import { RenderOutcome } from './render-outcome';
import { useRenderStore } from './render-store';
import './render.css';

/** Rendering the book: what is rendered, the choices, the job, and the pre-flight of the files. */
export function RenderPanel() {
  const id = useId();
  const state = useRenderStore((s) => s.state);

  useEffect(() => {
    const store = useRenderStore.getState();
    void store.show();
    // An edit makes lines stale: the counts follow, a moment later, once the edits settle.
    let timer: ReturnType<typeof setTimeout> | null = null;
    const soon = (): void => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void useRenderStore.getState().refresh(), 500);
    };
    const stops = [scriptChanges.onChange(soon), scriptChanges.onForeignChange(soon)];
    return () => {
      if (timer) clearTimeout(timer);
      for (const stop of stops) stop();
      useRenderStore.getState().hide();
    };
  }, []);

  return (
    <section className="render-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="side-panel__title">
        Render
      </h2>
      {state ? (
        <>
          <RenderChapterList />
          <RenderOptions />
          <RenderControls />
          <RenderOutcome />
          <PreflightReportView />
          <CacheSpace />
        </>
      ) : (
        <p className="render-panel__loading">Reading what is rendered…</p>
      )}
      <p className="render-panel__notice">{SYNTHETIC_NARRATION_NOTICE}</p>
    </section>
  );
}
