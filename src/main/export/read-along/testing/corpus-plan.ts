import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Paragraph } from '../../../../shared/book';
import type { Segment } from '../../../../shared/script';
import { analyzeBook } from '../../../analysis/analyze-book';
import { importManuscript } from '../../../import/import-manuscript';
import type { ReadAlongChapter, ReadAlongPlan, TimedSegment } from '../read-along-plan';

export const FFMPEG = '/usr/bin/ffmpeg';
export const hasFfmpeg = existsSync(FFMPEG);
export const ffmpegSkipReason = `FFmpeg is missing at ${FFMPEG}`;

/** Seconds of tone per generated audio file: long enough that every segment gets a clip of some milliseconds. */
export const TONE_SECONDS = 60;

/** A minute of tone, as MP3 or as AAC in MP4, made by FFmpeg. */
export function makeTone(dir: string, format: 'mp3' | 'm4a', frequency = 440): string {
  const out = join(dir, `tone-${frequency}.${format}`);
  const codec = format === 'mp3' ? ['-c:a', 'libmp3lame', '-b:a', '32k'] : ['-c:a', 'aac', '-b:a', '32k'];
  execFileSync(FFMPEG, ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', `sine=frequency=${frequency}:duration=${TONE_SECONDS}`, '-ac', '1', ...codec, '-y', out]);
  return out;
}

export interface AnalysedEpub {
  bytes: Uint8Array;
  chapters: Array<{ title: string; included: boolean; paragraphs: Paragraph[]; segments: Segment[] }>;
}

/** A corpus EPUB through the real importer and the real analysis, as a project holds it. */
export async function analyseEpub(path: string): Promise<AnalysedEpub> {
  const bytes = new Uint8Array(readFileSync(path));
  const { imported, sourceText } = await importManuscript(bytes, { fileName: basename(path) });
  const analysis = analyzeBook({ chapters: imported.chapters, sourceText: sourceText ?? undefined });
  return {
    bytes,
    chapters: imported.chapters.map((chapter, c) => ({
      title: chapter.title,
      included: chapter.included,
      paragraphs: chapter.paragraphs,
      segments: analysis.chapters[c]?.segments ?? [],
    })),
  };
}

/** The content document a segment was cut from: that of the paragraph whose span holds it. */
export function sourceOf(paragraphs: readonly Paragraph[], segment: Pick<Segment, 'start'>): string {
  const paragraph = paragraphs.find((p) => p.start <= segment.start && segment.start < p.end) ?? paragraphs[0];
  return paragraph?.source ?? '';
}

/**
 * A plan with synthetic timings: each included chapter plays one of the given audio files (in
 * turn), and its segments share the file's length in proportion to their text, back to back.
 */
export function planWithSyntheticTimings(book: AnalysedEpub, audio: readonly string[]): ReadAlongPlan {
  const chapters: ReadAlongChapter[] = book.chapters
    .filter((c) => c.included && c.segments.length > 0)
    .map((chapter, c) => {
      const characters = chapter.segments.reduce((n, s) => n + s.text.length, 0);
      let at = 0;
      const segments: TimedSegment[] = chapter.segments.map((s) => {
        const length = (TONE_SECONDS * s.text.length) / characters;
        const timed: TimedSegment = { source: sourceOf(chapter.paragraphs, s), start: s.start, end: s.end, text: s.text, clipBegin: at, clipEnd: at + length };
        at += length;
        return timed;
      });
      return { title: chapter.title, audio: [{ path: audio[c % audio.length]! }], segments };
    });
  return { epub: book.bytes, chapters };
}
