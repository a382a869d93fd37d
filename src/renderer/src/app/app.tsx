import { useEffect } from 'react';
import { StartScreen } from '../features/start/start-screen';
import { useProjectStore } from '../features/project/project-store';
import { connectStudioEvents } from './connect-studio-events';
import { EditorScreen } from './editor-screen';
import { useEditorSession } from './use-editor-session';
import { useNoDropNavigation } from './use-no-drop-navigation';

export function App() {
  const status = useProjectStore((s) => s.status);
  useNoDropNavigation();
  useEditorSession();
  useEffect(() => {
    const stop = connectStudioEvents();
    void useProjectStore.getState().restore();
    return stop;
  }, []);

  if (status === 'unknown') return null;
  return status === 'open' ? <EditorScreen /> : <StartScreen />;
}
