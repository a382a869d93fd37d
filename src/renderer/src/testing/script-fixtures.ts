import type { CastMember, ChapterScript, HistoryState, ScriptChange, ScriptSegment } from '../../../shared/script-editing';

let nextId = 1000;

/** A segment with plausible defaults; ids are unique across a test file unless given. */
export function segment(fields: Partial<ScriptSegment> & { chapterId: number }): ScriptSegment {
  const id = fields.id ?? nextId++;
  return {
    id,
    index: 0,
    kind: 'dialogue',
    text: `Line ${id}`,
    edited: false,
    start: 0,
    end: 10,
    source: null,
    speakerId: 2,
    confidence: 0.9,
    reason: 'speech-verb-name',
    corrected: false,
    reviewed: false,
    sceneBreakBefore: false,
    paragraphIndex: 0,
    ...fields,
  };
}

/** A chapter of segments, indexed in order. */
export function chapter(chapterId: number, segments: Array<Partial<ScriptSegment>>, title = `Chapter ${chapterId}`): ChapterScript {
  return { chapterId, title, segments: segments.map((s, index) => segment({ index, ...s, chapterId })) };
}

export function member(id: number, name: string, fields: Partial<CastMember> = {}): CastMember {
  return { id, name, aliases: [], gender: 'unknown', narrator: false, colour: '#4e79a7', lines: 10, words: 100, origin: 'analysis', ...fields };
}

export const CAST: CastMember[] = [
  member(1, 'Narrator', { narrator: true, colour: '#8a8f98', lines: 500 }),
  member(2, 'Elizabeth', { aliases: ['Lizzy', 'Eliza'], gender: 'female', lines: 400 }),
  member(3, 'Mr. Darcy', { aliases: ['Darcy'], gender: 'male', lines: 150 }),
  member(4, 'Jane', { gender: 'female', lines: 140 }),
  member(5, 'Mrs. Bennet', { gender: 'female', lines: 120 }),
];

export const HISTORY: HistoryState = { canUndo: true, canRedo: false, undoLabel: 'Set speaker', redoLabel: null };

export function change(chapters: ChapterScript[], fields: Partial<ScriptChange> = {}): ScriptChange {
  return { chapters, cast: CAST, history: HISTORY, ...fields };
}
