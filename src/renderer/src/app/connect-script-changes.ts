import { useCastStore } from '../features/cast/cast-store';
import { useChartsStore } from '../features/charts/charts-store';
import { useHistoryStore } from '../features/history/history-store';
import { useReviewStore } from '../features/review/review-store';
import { useScriptStore } from '../features/script/script-store';
import { useSearchStore } from '../features/search/search-store';
import { scriptChanges, type ScriptChanges } from '../lib/script-changes';

/**
 * Hands every edit's result to each store that shows a part of it, and re-reads what changed
 * elsewhere. Returns the way to stop.
 */
export function connectScriptChanges(changes: ScriptChanges = scriptChanges): () => void {
  const stops = [
    useCastStore.subscribe((cast, previous) => {
      if (cast.byId !== previous.byId) useScriptStore.getState().castChanged(new Set(cast.byId.keys()));
    }),
    changes.onChange((change) => {
      useScriptStore.getState().receiveChange(change);
      useCastStore.getState().receiveCast(change.cast);
      useHistoryStore.getState().receive(change.history);
      useReviewStore.getState().receiveChange(change);
      useChartsStore.getState().invalidate();
      useSearchStore.getState().scriptChanged();
    }),
    changes.onForeignChange((chapterIds) => {
      void useScriptStore.getState().refreshChapters(chapterIds);
      void useCastStore.getState().load();
      void useHistoryStore.getState().load();
      if (useReviewStore.getState().status !== 'idle') void useReviewStore.getState().load();
      useChartsStore.getState().invalidate();
      useSearchStore.getState().scriptChanged();
    }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
