import { defaultRangeExtractor, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useProjectStore } from '../project/project-store';
import { SCRIPT_LINES_ID, segmentElementId } from './focus-script';
import { runScriptCommand } from './run-script-command';
import { scriptCommandFor } from './script-keys';
import type { ScriptLayout, ScriptRow } from './script-layout';
import { ScriptRowView } from './script-row-view';
import { useScriptStore } from './script-store';

/** Rows beyond the screen kept rendered on each side: enough for smooth scrolling, few DOM nodes. */
const OVERSCAN = 4;

function estimateRowHeight(row: ScriptRow | undefined): number {
  if (!row) return 80;
  if (row.kind === 'chapter') return 88;
  let characters = 0;
  for (const segment of row.segments) characters += segment.text.length + (segment.kind === 'dialogue' ? 70 : 0);
  return 24 + Math.ceil(characters / 75) * 28;
}

/**
 * The script, virtualised: only the rows near the screen are in the DOM, so a book of any length
 * scrolls as lightly as a chapter. The list holds the keyboard focus and points at the selected line
 * (`aria-activedescendant`), so the focus survives rows leaving the DOM while scrolling.
 */
export function ScriptLines() {
  const layout = useScriptStore((s) => s.layout);
  const selectedId = useScriptStore((s) => s.selectedId);
  const editingId = useScriptStore((s) => s.editingId);
  const speakerFilter = useScriptStore((s) => s.speakerFilter);
  const scroll = useScriptStore((s) => s.scroll);
  const chapters = useProjectStore((s) => s.project?.chapters);
  const language = useProjectStore((s) => s.project?.book.language);
  const excluded = useMemo(() => new Set(chapters?.filter((c) => !c.included).map((c) => c.id)), [chapters]);
  const scrollerRef = useRef<HTMLDivElement>(null);

  const selectedRow = selectedId === null ? -1 : (layout.rowOf.get(selectedId) ?? -1);
  const editingRow = editingId === null ? -1 : (layout.rowOf.get(editingId) ?? -1);
  const keep = useRef<number[]>([]);
  keep.current = [selectedRow, editingRow].filter((row) => row >= 0);
  // The selected and the edited rows stay rendered when scrolled away: the list points at the one,
  // and the other holds unsaved text.
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const extra = keep.current.filter((row) => row < range.count && !indexes.includes(row));
    return extra.length ? [...indexes, ...extra].sort((a, b) => a - b) : indexes;
  }, []);

  const virtualizer = useVirtualizer({
    count: layout.rows.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: (index) => estimateRowHeight(layout.rows[index]),
    getItemKey: (index) => layout.rows[index]?.key ?? index,
    overscan: OVERSCAN,
    rangeExtractor,
    onChange: (instance) => reportChapterInView(instance, useScriptStore.getState().layout),
  });

  useEffect(() => {
    if (!scroll) return;
    const { layout } = useScriptStore.getState();
    const to = scroll.to;
    const row = 'segmentId' in to ? layout.rowOf.get(to.segmentId) : layout.chapterRow.get(to.chapterId);
    if (row === undefined) return;
    virtualizer.scrollToIndex(row, { align: scroll.align === 'nearest' ? 'auto' : scroll.align });
    if (!('segmentId' in to)) return;
    // A paragraph can be taller than the screen: bring the line itself into view once it is laid out.
    const frame = requestAnimationFrame(() =>
      document.getElementById(segmentElementId(to.segmentId))?.scrollIntoView({ block: scroll.align === 'center' ? 'center' : 'nearest' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [scroll, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const command = scriptCommandFor(event);
    if (!command) return;
    event.preventDefault();
    runScriptCommand(command);
  };

  const items = virtualizer.getVirtualItems();
  return (
    <div
      id={SCRIPT_LINES_ID}
      ref={scrollerRef}
      className="script-lines"
      role="listbox"
      tabIndex={0}
      aria-label="Script lines"
      lang={language || undefined}
      aria-activedescendant={selectedId !== null && selectedRow >= 0 ? segmentElementId(selectedId) : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="script-lines__canvas" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = layout.rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="script-lines__row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <ScriptRowView
                row={row}
                selectedId={item.index === selectedRow ? selectedId : null}
                editingId={item.index === editingRow ? editingId : null}
                speakerFilter={speakerFilter}
                excluded={excluded.has(row.chapterId)}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** The chapter being read: the selected line's while it is on screen, else the one at the top. */
function reportChapterInView(instance: Virtualizer<HTMLDivElement, Element>, layout: ScriptLayout): void {
  const range = instance.range;
  if (!range || !instance.isScrolling) return;
  const { selectedId, chapterInView } = useScriptStore.getState();
  const selectedRow = selectedId === null ? -1 : (layout.rowOf.get(selectedId) ?? -1);
  const row = selectedRow >= range.startIndex && selectedRow <= range.endIndex ? selectedRow : range.startIndex;
  const chapterId = layout.rows[row]?.chapterId;
  if (chapterId !== undefined) chapterInView(chapterId);
}
