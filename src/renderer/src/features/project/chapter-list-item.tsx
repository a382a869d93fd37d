import { memo } from 'react';
import type { ChapterSummary } from '../../../../shared/project';
import { ChapterKindBadge } from './chapter-kind-badge';
import { useScriptStore } from '../script/script-store';
import { formatWordCount } from './format-word-count';
import { IncludeCheckbox } from './include-checkbox';

interface ChapterListItemProps {
  chapter: ChapterSummary;
  selected: boolean;
  /** Whether this row is the list's one tab stop. */
  tabStop: boolean;
}

export const ChapterListItem = memo(function ChapterListItem({ chapter, selected, tabStop }: ChapterListItemProps) {
  const className = ['chapter-item', selected && 'chapter-item--selected', !chapter.included && 'chapter-item--excluded']
    .filter(Boolean)
    .join(' ');
  return (
    <li className={className}>
      <button
        type="button"
        className="chapter-item__open"
        data-chapter-id={chapter.id}
        tabIndex={tabStop ? 0 : -1}
        aria-current={selected ? 'true' : undefined}
        onClick={() => void useScriptStore.getState().showChapter(chapter.id)}
      >
        <span className="chapter-item__title">{chapter.title || 'Untitled chapter'}</span>
        <span className="chapter-item__meta">
          <ChapterKindBadge kind={chapter.kind} role={chapter.role} />
          <span className="chapter-item__words">{formatWordCount(chapter.wordCount)}</span>
        </span>
      </button>
      <IncludeCheckbox chapter={chapter} tabbable={tabStop} />
    </li>
  );
});
