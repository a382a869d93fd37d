import { useEffect } from 'react';
import { StartScreen } from '../features/start/start-screen';
import { ProjectScreen } from '../features/project/project-screen';
import { useProjectStore } from '../features/project/project-store';
import { connectStudioEvents } from './connect-studio-events';
import { useNoDropNavigation } from './use-no-drop-navigation';

export function App() {
  const status = useProjectStore((s) => s.status);
  useNoDropNavigation();
  useEffect(() => {
    const stop = connectStudioEvents();
    void useProjectStore.getState().restore();
    return stop;
  }, []);

  if (status === 'unknown') return null;
  return status === 'open' ? <ProjectScreen /> : <StartScreen />;
}
