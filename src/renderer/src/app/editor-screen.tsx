import { useCallback, useState } from 'react';
import { HistoryButtons } from '../features/history/history-buttons';
import { useHistoryShortcuts } from '../features/history/use-history-shortcuts';
import { ChapterSidebar } from '../features/project/chapter-sidebar';
import { ProjectHeader } from '../features/project/project-header';
import { useProjectStore } from '../features/project/project-store';
import { ScriptView } from '../features/script/script-view';
import { SearchBox } from '../features/search/search-box';
import { useDocumentTitle } from '../lib/use-document-title';
import { usePanelStore } from './panel-store';
import { AuditionBar } from '../features/voices/audition-bar';
import { ShortcutsDialog } from './shortcuts-dialog';
import { SidePanel } from './side-panel';
import { useEditorShortcuts } from './use-editor-shortcuts';
import './editor-screen.css';

/** The studio's main screen with a project open: chapters, the script, and the side panels. */
export function EditorScreen() {
  useDocumentTitle(useProjectStore((s) => s.project?.book.title));
  const [help, setHelp] = useState(false);
  const showHelp = useCallback(() => setHelp(true), []);
  const panelsShown = usePanelStore((s) => s.active !== null);
  useHistoryShortcuts();
  useEditorShortcuts(showHelp);
  return (
    <div className={panelsShown ? 'editor-screen' : 'editor-screen editor-screen--no-panels'}>
      <ProjectHeader>
        <div className="editor-toolbar" role="toolbar" aria-label="Editing">
          <HistoryButtons />
          <SearchBox onSearch={() => usePanelStore.getState().show('search')} />
          <button type="button" className="button button--small" aria-pressed={panelsShown} onClick={() => usePanelStore.getState().toggle()}>
            Panels
          </button>
          <button type="button" className="button button--quiet button--small" aria-label="Keyboard shortcuts (?)" onClick={showHelp}>
            Shortcuts <kbd>?</kbd>
          </button>
        </div>
      </ProjectHeader>
      <ChapterSidebar />
      <ScriptView />
      <SidePanel />
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
      <AuditionBar />
    </div>
  );
}
