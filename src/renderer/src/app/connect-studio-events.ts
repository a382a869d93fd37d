import { useImportStore } from '../features/import/import-store';
import { useProjectStore } from '../features/project/project-store';
import { useRenderStore } from '../features/render/render-store';
import { connectVoiceEvents } from '../features/voices/voice-events';
import { scriptChanges } from '../lib/script-changes';
import { studio } from '../platform/studio';
import { connectScriptChanges } from './connect-script-changes';

/** Routes the engine's events to the stores that own them; returns the way to stop. */
export function connectStudioEvents(): () => void {
  const api = studio();
  const stops = [
    api.on('job', (event) => useImportStore.getState().receive(event)),
    api.on('job', (event) => useRenderStore.getState().receive(event)),
    api.on('project.changed', ({ path }) => void useProjectStore.getState().projectChanged(path)),
    api.on('script.changed', ({ chapterIds }) => scriptChanges.receiveEvent(chapterIds)),
    connectScriptChanges(),
    connectVoiceEvents(),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
