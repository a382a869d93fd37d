/**
 * Where everything lands once the chapters are assembled: each chapter's place in the M4B, and each
 * part's track number, title and file stem (the MP3 and its captions share it).
 */
import type { AssembledSegment } from './assemble-chapter';
import { trackFileName } from './output-names';

export type UnitKind = 'opening-credits' | 'chapter' | 'closing-credits';

export interface LayoutInput {
  id: string;
  title: string;
  kind: UnitKind;
  parts: Array<{ seconds: number; segments: AssembledSegment[] }>;
}

export interface LaidOutPart {
  /** 1-based track number among all parts of the book. */
  track: number;
  /** The chapter title, with "(part n of m)" when the chapter was split. */
  title: string;
  /** File name without extension: `02 Stave One`. */
  stem: string;
  seconds: number;
  /** Segment times relative to the start of this part. */
  segments: AssembledSegment[];
}

export interface LaidOutChapter {
  id: string;
  title: string;
  kind: UnitKind;
  /** Where the chapter starts and ends in the M4B; its parts follow one another from the start. */
  startSeconds: number;
  endSeconds: number;
  parts: LaidOutPart[];
}

export function layOut(units: LayoutInput[]): { chapters: LaidOutChapter[]; totalTracks: number; durationSeconds: number } {
  const totalTracks = units.reduce((n, u) => n + u.parts.length, 0);
  let clock = 0;
  let track = 0;
  const chapters = units.map((unit) => {
    const startSeconds = clock;
    const parts = unit.parts.map((part, p) => {
      track++;
      clock += part.seconds;
      const title = unit.parts.length > 1 ? `${unit.title} (part ${p + 1} of ${unit.parts.length})` : unit.title;
      return { track, title, stem: trackFileName(track, totalTracks, title, 'x').slice(0, -2), seconds: part.seconds, segments: part.segments };
    });
    return { id: unit.id, title: unit.title, kind: unit.kind, startSeconds, endSeconds: clock, parts };
  });
  return { chapters, totalTracks, durationSeconds: clock };
}
