/**
 * What the render job hands the assembler: every chapter's segments in reading order with their
 * synthesised audio on disk, the book's metadata, the pauses and the loudness target. Nothing here
 * is synthesised or looked up later; the plan is complete.
 */
import type { ExportFormat, LoudnessTargetId, PauseSettings } from '../../shared/render';

export type PlanSegmentKind = 'title' | 'narration' | 'dialogue';

/** A segment's audio: a WAV file (any PCM or float encoding), or raw mono float32 little-endian samples. */
export type SegmentAudio = { path: string; format: 'wav' } | { path: string; format: 'f32le'; sampleRate: number };

export interface PlanSentence {
  text: string;
  /** Seconds from the start of the segment's audio, when the engine reported it. */
  startSeconds?: number;
}

export interface PlanSegment {
  id: string;
  text: string;
  /** `title` is the chapter heading read aloud; it gets the pauses before and after titles. */
  kind: PlanSegmentKind;
  speakerId: string | null;
  paragraphStart: boolean;
  sceneBreakBefore: boolean;
  audio: SegmentAudio;
  /** The segment's sentences, when known: captions split long segments at them. */
  sentences?: PlanSentence[];
}

export interface PlanChapter {
  id: string;
  title: string;
  kind: 'body' | 'front' | 'back';
  segments: PlanSegment[];
}

export interface BookCover {
  bytes: Uint8Array;
  mimeType: 'image/jpeg' | 'image/png';
}

export interface BookMetadata {
  title: string;
  author: string;
  narrator: string;
  year?: string;
  description?: string;
  genre?: string;
  /** The book's own cover; when absent one is generated from the title and author. */
  cover?: BookCover | null;
}

export type RoomTone = { kind: 'noise'; levelDb: number } | { kind: 'silence' };

/** About -70 dBFS: well under ACX's -60 dB noise floor, yet not digital silence. */
export const DEFAULT_ROOM_TONE: RoomTone = { kind: 'noise', levelDb: -70 };

export interface RenderPlan {
  book: BookMetadata;
  chapters: PlanChapter[];
  /** The synthesised credits (see `creditLines` for their text); each becomes its own short file. */
  credits?: { opening: PlanSegment[]; closing: PlanSegment[] };
  pauses: PauseSettings;
  roomTone: RoomTone;
  target: LoudnessTargetId;
}

export interface RenderOptions {
  outDir: string;
  format: ExportFormat;
  /** Name (without extension) of the M4B and the retail sample; defaults to the book title made safe for file names. */
  baseName?: string;
  /** WebVTT per chapter file (default true). */
  captions?: boolean;
  /** The retail sample (default true when MP3s are exported). */
  retailSample?: boolean;
  /** Longest file allowed, in seconds; longer chapters are split (default and at most ACX's 120 minutes). */
  maxFileSeconds?: number;
  /** Pre-flight measurement of every audio file written (default true). */
  preflight?: boolean;
  ffmpegPath: string;
  ffprobePath: string;
  signal?: AbortSignal;
  /** Called with work done so far out of a total, and what is being done. */
  progress?: (current: number, total: number, title: string) => void;
}
