/** The script as the editor sees it: segments with their speakers, the cast, and the edit history. */
import type { AttributionReason, Gender, SegmentKind } from './script';

export interface ScriptSegment {
  /** Stable for the life of the segment; a split keeps it on the first half. */
  id: number;
  chapterId: number;
  /** Order within the chapter. */
  index: number;
  kind: SegmentKind;
  /** What is spoken: the author's edited text, or the text from the source. */
  text: string;
  /** True when the author changed the text; the source itself is never changed. */
  edited: boolean;
  /** Span in the source (see `ParagraphView`), for the source view and for re-analysis. */
  start: number;
  end: number;
  source: string | null;
  /** The narrator for narration; a character for dialogue; null when no speaker is known. */
  speakerId: number | null;
  confidence: number;
  reason: AttributionReason | null;
  /** The author chose this speaker. */
  corrected: boolean;
  /** The author marked the line reviewed: it leaves the review queue. */
  reviewed: boolean;
  /** A scene break comes before this segment (a longer pause when rendering). */
  sceneBreakBefore: boolean;
  /** Segments of one source paragraph share this, so the view can keep paragraphs together. */
  paragraphIndex: number;
}

export interface ChapterScript {
  chapterId: number;
  title: string;
  segments: ScriptSegment[];
}

export interface CastMember {
  id: number;
  name: string;
  aliases: string[];
  gender: Gender;
  /** The narrator reads the narration; there is always exactly one. */
  narrator: boolean;
  /** A CSS colour for the speaker chip, chosen by the author or assigned. */
  colour: string;
  lines: number;
  words: number;
  origin: 'analysis' | 'user';
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** What undo / redo would do, in words ("Set speaker to Jane"). */
  undoLabel: string | null;
  redoLabel: string | null;
}

/** What every edit returns: the chapters it touched, re-read, and the cast and history after it. */
export interface ScriptChange {
  chapters: ChapterScript[];
  cast: CastMember[];
  history: HistoryState;
  /** For a speaker fix: how many later lines of the conversation propagation would change. */
  propagation?: { segmentId: number; changes: number };
}

export interface ReviewItem {
  segment: ScriptSegment;
  chapterTitle: string;
  /** Text just before and after the line, as the reader meets it. */
  before: string;
  after: string;
}

export interface SearchMatch {
  segmentId: number;
  chapterId: number;
  /** Offsets into the segment's text. */
  start: number;
  end: number;
  excerpt: string;
}

export interface CharacterStats {
  characterId: number;
  /** Per chapter, in chapter order: lines and words of dialogue (narration for the narrator). */
  chapters: Array<{ chapterId: number; lines: number; words: number }>;
}

/** The original manuscript, for the source view (epubjs for EPUB, pdf.js for PDF, text otherwise). */
export interface SourceDocument {
  name: string;
  format: string;
  bytes: Uint8Array;
}
