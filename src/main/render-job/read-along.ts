import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { exportReadAlong } from '../export/read-along/export-read-along';
import type { ReadAlongChapter, ReadAlongResult, TimedSegment } from '../export/read-along/read-along-plan';
import { encodeMp3 } from '../render/export-mp3';
import type { BookMetadata, RoomTone } from '../render/render-plan';
import type { AssembledUnitPart } from './assemble-units';
import { itemId } from './build-plan';
import type { ExportUnit, UnitFiles } from './export-units';
import type { PreparedItem } from './synthesise-items';

export interface ReadAlongInputs {
  db: Database.Database;
  outPath: string;
  chapterUnits: readonly ExportUnit[];
  numbered: readonly UnitFiles[];
  assembled: ReadonlyMap<string, AssembledUnitPart[]>;
  items: readonly PreparedItem[];
  /** Where the chapter MP3s of this export are; null when MP3s were not asked for (they are encoded for the book alone). */
  mp3Dir: string | null;
  book: BookMetadata;
  workDir: string;
  ffmpegPath: string;
  roomTone: RoomTone;
  sampleRate: number;
  signal: AbortSignal;
}

/**
 * The read-along EPUB 3: the imported EPUB with a media overlay per chapter, built from the
 * chapters' audio and where each segment sits in it. Titles have no place in the book's text, so
 * only segments are highlighted.
 */
export async function writeReadAlong(inputs: ReadAlongInputs): Promise<ReadAlongResult> {
  const spans = new Map(inputs.items.filter((p) => p.item.span).map((p) => [itemId(p), p.item.span!]));
  const chapters: ReadAlongChapter[] = [];
  for (const unit of inputs.chapterUnits) {
    const files = inputs.numbered.find((f) => f.unit.id === unit.id);
    const parts = inputs.assembled.get(unit.id) ?? [];
    if (!files || parts.length === 0) continue;
    const audio = await Promise.all(
      parts.map(async (part, p) => {
        if (inputs.mp3Dir) return { path: join(inputs.mp3Dir, `${files.stems[p]}.mp3`) };
        const path = join(inputs.workDir, `read-along-${unit.id}-${p + 1}.mp3`);
        await encodeMp3({
          ffmpegPath: inputs.ffmpegPath,
          book: inputs.book,
          input: { path: part.path, samples: part.samples, sampleRate: inputs.sampleRate, gainDb: part.gainDb, ceilingDb: part.ceilingDb },
          title: files.partTitles[p]!,
          track: files.firstTrack + p,
          totalTracks: inputs.numbered.reduce((n, f) => n + f.parts, 0),
          roomTone: inputs.roomTone,
          outPath: path,
          signal: inputs.signal,
        });
        return { path };
      }),
    );
    const segments: TimedSegment[] = parts.flatMap((part, p) =>
      part.segments.flatMap((segment) => {
        const span = spans.get(segment.id);
        return span ? [{ source: span.source, start: span.start, end: span.end, text: span.text, audio: p, clipBegin: segment.start, clipEnd: segment.end }] : [];
      }),
    );
    chapters.push({ title: unit.title, audio, segments });
  }
  const row = inputs.db.prepare('SELECT bytes FROM source_file WHERE id = 1').get() as { bytes: Buffer };
  return exportReadAlong({ epub: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength), chapters }, { outPath: inputs.outPath, signal: inputs.signal });
}
