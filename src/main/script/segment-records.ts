import type Database from 'better-sqlite3';
import { StudioError } from '../../shared/errors';
import type { AttributionReason, SegmentKind } from '../../shared/script';
import type { ScriptSegment } from '../../shared/script-editing';
import { CORRECTION_JOIN, type SourceSpan } from '../project/analysis-store';
import { statement } from './statements';

/** A segment row joined to the correction of its span. */
export interface SegmentRecord {
  id: number;
  chapter_id: number;
  idx: number;
  kind: SegmentKind;
  text: string;
  original_text: string | null;
  start: number;
  end: number;
  source: string | null;
  /** The analysis's speaker. */
  speaker_id: number | null;
  confidence: number;
  reason: AttributionReason | null;
  reviewed: number;
  scene_break: number;
  paragraph_idx: number | null;
  words: number | null;
  correction: 'author' | 'propagated' | null;
  corrected_speaker: number | null;
  corrected_confidence: number | null;
}

export const SEGMENT_SELECT = `
  SELECT s.id, s.chapter_id, s.idx, s.kind, s.text, s.original_text, s.start, s.end, s.source, s.speaker_id,
         s.confidence, s.reason, s.reviewed, s.scene_break, s.paragraph_idx, s.words,
         k.kind AS correction, k.speaker_id AS corrected_speaker, k.confidence AS corrected_confidence
  FROM segments s
  ${CORRECTION_JOIN}`;

/** The speaker of a segment as a SQL expression over `s` and `k`, given the narrator's id as `?`. */
export const EFFECTIVE_SPEAKER_SQL = `CASE WHEN k.chapter_id IS NOT NULL THEN k.speaker_id WHEN s.kind = 'narration' THEN ? ELSE s.speaker_id END`;

export function narratorId(db: Database.Database): number {
  const row = statement(db, 'SELECT id FROM characters WHERE narrator = 1').get() as { id: number } | undefined;
  if (!row) throw new StudioError('PROJECT_ERROR', 'This project has no narrator; reopen it to repair it.');
  return row.id;
}

/** Who reads the segment: the author's or a propagated choice, else the narrator for narration, else the analysis. */
export function effectiveSpeaker(r: SegmentRecord, narrator: number): number | null {
  if (r.correction !== null) return r.corrected_speaker;
  return r.kind === 'narration' ? narrator : r.speaker_id;
}

export function toScriptSegment(r: SegmentRecord, narrator: number): ScriptSegment {
  return {
    id: r.id,
    chapterId: r.chapter_id,
    index: r.idx,
    kind: r.kind,
    text: r.text,
    edited: r.original_text !== null,
    start: r.start,
    end: r.end,
    source: r.source,
    speakerId: effectiveSpeaker(r, narrator),
    confidence: r.correction === 'author' ? 1 : r.correction === 'propagated' ? (r.corrected_confidence ?? r.confidence) : r.confidence,
    reason: r.correction === 'propagated' ? 'turn-taking' : r.reason,
    corrected: r.correction === 'author',
    reviewed: r.reviewed === 1,
    sceneBreakBefore: r.scene_break === 1,
    paragraphIndex: r.paragraph_idx ?? 0,
  };
}

export function chapterRecords(db: Database.Database, chapterId: number): SegmentRecord[] {
  return statement(db, `${SEGMENT_SELECT} WHERE s.chapter_id = ? ORDER BY s.idx`).all(chapterId) as SegmentRecord[];
}

export function segmentRecord(db: Database.Database, segmentId: number): SegmentRecord {
  const row = statement(db, `${SEGMENT_SELECT} WHERE s.id = ?`).get(segmentId) as SegmentRecord | undefined;
  if (!row) throw new StudioError('NOT_FOUND', `There is no line ${segmentId} in this project.`);
  return row;
}

export function spanOf(r: Pick<SegmentRecord, 'chapter_id' | 'source' | 'start' | 'end'>): SourceSpan {
  return { chapterId: r.chapter_id, source: r.source, start: r.start, end: r.end };
}
