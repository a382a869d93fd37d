import { useEffect } from 'react';
import { ImportStatus } from '../import/import-status';
import { useImportStore } from '../import/import-store';
import { OpenManuscriptButton } from './open-manuscript-button';
import { DropOverlay } from './drop-overlay';
import { ProjectOpenError } from './project-open-error';
import { RecentList } from './recent-list';
import { useRecentStore } from './recent-store';
import { SupportedFormats } from './supported-formats';
import { useWindowFileDrop } from './use-window-file-drop';
import './start-screen.css';

export function StartScreen() {
  const dragging = useWindowFileDrop(useImportStore.getState().openFile);
  useEffect(() => {
    void useRecentStore.getState().load();
  }, []);

  return (
    <div className="start-screen">
      <header className="start-screen__brand">
        <p className="start-screen__name">Dramatis</p>
        <p className="start-screen__tagline">Turn your manuscript into a multi-voice audiobook, on your own computer.</p>
      </header>
      <main className="start-screen__main">
        <section className="start-screen__open panel" aria-labelledby="open-heading">
          <h1 id="open-heading" className="panel__title">
            Open a manuscript
          </h1>
          <OpenManuscriptButton />
          <p className="start-screen__hint">or drop a file anywhere in this window.</p>
          <SupportedFormats />
          <ImportStatus />
        </section>
        <RecentList />
        <ProjectOpenError />
      </main>
      {dragging && <DropOverlay />}
    </div>
  );
}
