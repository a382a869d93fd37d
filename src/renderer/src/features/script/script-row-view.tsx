import { memo } from 'react';
import type { ScriptRow } from './script-layout';
import { SegmentLine } from './segment-line';

interface ScriptRowViewProps {
  row: ScriptRow;
  /** The selected line, when it is in this row (null otherwise, so other rows do not re-render). */
  selectedId: number | null;
  editingId: number | null;
  speakerFilter: number | null;
  excluded: boolean;
}

export const ScriptRowView = memo(function ScriptRowView({ row, selectedId, editingId, speakerFilter, excluded }: ScriptRowViewProps) {
  if (row.kind === 'chapter') {
    return (
      <div className="script-chapter" role="presentation">
        <h3 className="script-chapter__title">{row.title || 'Untitled chapter'}</h3>
        {excluded && <p className="script-chapter__note">Not read in the audiobook</p>}
      </div>
    );
  }
  const sceneBreak = row.segments[0]?.sceneBreakBefore ?? false;
  return (
    <div className="script-paragraph" role="group">
      {sceneBreak && <div className="scene-break-mark script-scene-break" role="separator" aria-label="Scene break" />}
      {row.segments.map((segment) => (
        <SegmentLine
          key={segment.id}
          segment={segment}
          selected={segment.id === selectedId}
          editing={segment.id === editingId}
          dimmed={speakerFilter !== null && segment.speakerId !== speakerFilter}
        />
      ))}
    </div>
  );
});
