import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ChapterSummary } from '../../../../shared/project';
import { ChapterListItem } from './chapter-list-item';
import { useProjectStore } from './project-store';
import { useScriptStore } from '../script/script-store';

const NO_CHAPTERS: ChapterSummary[] = [];

/**
 * The chapters, navigable by keyboard as one tab stop: arrow keys, Home and End move between rows,
 * Enter or Space opens the chapter, Tab reaches the row's include checkbox. Rows are memoised, so
 * selecting or toggling a chapter re-renders only the rows it changes.
 */
export function ChapterList() {
  const chapters = useProjectStore((s) => s.project?.chapters ?? NO_CHAPTERS);
  const selectedId = useScriptStore((s) => s.currentChapterId);
  const [activeId, setActiveId] = useState<number | null>(selectedId);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => setActiveId(selectedId), [selectedId]);

  // The current chapter follows the script view as it scrolls; keep its row in sight, unless the
  // keyboard is in the list, where the user moves it themselves.
  useEffect(() => {
    const list = listRef.current;
    if (!list || selectedId === null || list.contains(document.activeElement)) return;
    list.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const tabStop = chapters.some((c) => c.id === activeId) ? activeId : (chapters[0]?.id ?? null);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>): void => {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-chapter-id]')];
    const row = (event.target as HTMLElement).closest('li');
    const at = buttons.findIndex((button) => row?.contains(button));
    if (at < 0) return;
    const next = nextIndex(event.key, at, buttons.length);
    if (next === null) return;
    event.preventDefault();
    const button = buttons[next];
    if (!button) return;
    setActiveId(Number(button.dataset.chapterId));
    button.focus();
  };

  return (
    <ol className="chapter-list" ref={listRef} onKeyDown={onKeyDown}>
      {chapters.map((chapter) => (
        <ChapterListItem
          key={chapter.id}
          chapter={chapter}
          selected={chapter.id === selectedId}
          tabStop={chapter.id === tabStop}
        />
      ))}
    </ol>
  );
}

function nextIndex(key: string, at: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, at + 1);
    case 'ArrowUp':
      return Math.max(0, at - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
