import { scriptChanges, type ScriptChanges } from '../../lib/script-changes';
import { studio } from '../../platform/studio';
import { useAuditionStore } from './audition-store';
import { useCastingStore } from './casting-store';
import { useLexiconStore } from './lexicon-store';
import { useLibraryStore } from './library-store';

export function resetVoices(): void {
  useAuditionStore.getState().reset();
  useCastingStore.getState().reset();
  useLexiconStore.getState().reset();
}

/**
 * Routes the engine's events to the voice stores: download and preview progress, voices changed in
 * another window or by an install, a project opened or closed, and script edits that change the
 * cast. Returns the way to stop.
 */
export function connectVoiceEvents(changes: ScriptChanges = scriptChanges): () => void {
  const api = studio();
  let projectPath: string | null = null;
  const stops = [
    api.on('job', (event) => {
      useLibraryStore.getState().receiveJob(event);
      useAuditionStore.getState().receiveJob(event);
    }),
    api.on('voices.changed', ({ scope }) => {
      if (scope === 'lexicon') useLexiconStore.getState().invalidate();
      else {
        // An install or a removal changes which voices can speak, and so what the cast can use.
        if (scope === 'library' && useLibraryStore.getState().status !== 'idle') void useLibraryStore.getState().reload();
        useCastingStore.getState().invalidate();
      }
    }),
    api.on('project.changed', ({ path }) => {
      // The same project announces other changes too (a chapter included): only another one resets.
      if (path !== projectPath) resetVoices();
      projectPath = path;
    }),
    changes.onChange(() => useCastingStore.getState().invalidate()),
    changes.onForeignChange(() => useCastingStore.getState().invalidate()),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
