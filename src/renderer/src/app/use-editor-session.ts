import { useEffect } from 'react';
import { useCastStore } from '../features/cast/cast-store';
import { useChartsStore } from '../features/charts/charts-store';
import { useHistoryStore } from '../features/history/history-store';
import { defaultChapterId } from '../features/project/default-chapter';
import { useProjectStore } from '../features/project/project-store';
import { useReviewStore } from '../features/review/review-store';
import { useScriptStore } from '../features/script/script-store';
import { useSearchStore } from '../features/search/search-store';
import { useSourceStore } from '../features/source-view/source-store';

function resetEditor(): void {
  useScriptStore.getState().reset();
  useCastStore.getState().reset();
  useHistoryStore.getState().reset();
  useReviewStore.getState().reset();
  useChartsStore.getState().reset();
  useSearchStore.getState().reset();
  useSourceStore.getState().reset();
}

/**
 * Including a chapter in the audiobook (or leaving it out) changes what is counted: the cast's lines,
 * the charts, the review queue. A chapter just included joins the script view.
 */
function followIncludedChapters(): () => void {
  return useProjectStore.subscribe((state, previous) => {
    const before = new Map(previous.project?.chapters.map((c) => [c.id, c.included]));
    const changed = (state.project?.chapters ?? []).filter((c) => before.has(c.id) && before.get(c.id) !== c.included);
    if (changed.length === 0) return;
    void useScriptStore.getState().loadChapters(changed.filter((c) => c.included).map((c) => c.id));
    void useCastStore.getState().load();
    useChartsStore.getState().invalidate();
    if (useReviewStore.getState().status !== 'idle') void useReviewStore.getState().load();
  });
}

/** Loads the script editor for the open project, and clears it when the project closes or changes. */
export function useEditorSession(): void {
  const path = useProjectStore((s) => s.project?.path ?? null);
  useEffect(() => {
    const project = useProjectStore.getState().project;
    if (!path || !project) return;
    // Panels load their own data as they mount (before this runs); the stores start empty, and are
    // emptied again when the project closes or another one opens.
    // The first chapter first: it is what the author sees, and it is on screen before the book is read.
    void useScriptStore.getState().open(
      project.chapters.map((c) => c.id),
      defaultChapterId(project.chapters),
    );
    void useCastStore.getState().load();
    void useHistoryStore.getState().load();
    const stopFollowing = followIncludedChapters();
    return () => {
      stopFollowing();
      resetEditor();
    };
  }, [path]);
}
