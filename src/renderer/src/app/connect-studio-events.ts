import { useImportStore } from '../features/import/import-store';
import { useProjectStore } from '../features/project/project-store';
import { studio } from '../platform/studio';

/** Routes the engine's events to the stores that own them; returns the way to stop. */
export function connectStudioEvents(): () => void {
  const api = studio();
  const stops = [
    api.on('job', (event) => useImportStore.getState().receive(event)),
    api.on('project.changed', ({ path }) => void useProjectStore.getState().projectChanged(path)),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
