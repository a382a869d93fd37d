/**
 * What the read-along export needs: the EPUB as imported, and for every chapter its rendered audio
 * and the timing of each segment in it. Everything here comes from the project and the render; the
 * export looks nothing else up.
 */

export interface ReadAlongPlan {
  /** The original EPUB, byte for byte as imported (the project's `source_file`). */
  epub: Uint8Array;
  chapters: ReadAlongChapter[];
}

export interface ReadAlongChapter {
  /** For messages and the audio file names in the book. */
  title: string;
  /** The chapter's audio files (MP3, or AAC in MP4/M4A): one, or several parts of a long chapter. */
  audio: ReadAlongAudio[];
  segments: TimedSegment[];
}

export interface ReadAlongAudio {
  /** Path on disk. */
  path: string;
}

/** A segment of the script with the source span it reads and where it sounds. */
export interface TimedSegment {
  /** The content document the segment comes from: its path inside the EPUB (the paragraph's `source`). */
  source: string;
  /** The segment's span in that document, as the importer and the analysis give it (see `locate-segment.ts`). */
  start: number;
  end: number;
  /**
   * The segment's text as the analysis found it (before any edit by the author). It pins the
   * highlight to exactly those words, since EPUB segment offsets are only estimates within a paragraph.
   */
  text?: string;
  /** Which of the chapter's audio files holds the segment; 0 when omitted. */
  audio?: number;
  /** Seconds from the start of that audio file. */
  clipBegin: number;
  clipEnd: number;
}

export interface ReadAlongOptions {
  /** Where the book is written; a temporary file beside it is renamed into place when complete. */
  outPath: string;
  /** The book's `dcterms:modified` and the archive's time stamps; now by default. */
  modified?: Date;
  signal?: AbortSignal;
  progress?: (current: number, total: number, title: string) => void;
}

/** A segment that could not be highlighted, and why; it still plays within its chapter's audio. */
export interface UnplacedSegment {
  chapter: number;
  source: string;
  start: number;
  end: number;
  reason: string;
}

export interface ReadAlongResult {
  path: string;
  /** Content documents that received a media overlay. */
  overlays: number;
  /** Segments highlighted, and the `<par>` elements written for them (a segment across inline markup may need several). */
  segments: number;
  pars: number;
  unplaced: UnplacedSegment[];
  /** The `media:duration` of the whole book. */
  durationSeconds: number;
}
