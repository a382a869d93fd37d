import type { ChapterSummary } from '../../../../shared/project';
import { useProjectStore } from './project-store';

export function IncludeCheckbox({ chapter, tabbable }: { chapter: ChapterSummary; tabbable: boolean }) {
  const title = chapter.title || 'Untitled chapter';
  return (
    <label className="include-checkbox" title="Read this chapter in the audiobook">
      <input
        type="checkbox"
        className="include-checkbox__input"
        checked={chapter.included}
        tabIndex={tabbable ? 0 : -1}
        aria-label={`Include “${title}” in the audiobook`}
        onChange={(event) => void useProjectStore.getState().setChapterIncluded(chapter.id, event.target.checked)}
      />
      <span className="include-checkbox__text" aria-hidden="true">
        {chapter.included ? 'Included' : 'Skipped'}
      </span>
    </label>
  );
}
