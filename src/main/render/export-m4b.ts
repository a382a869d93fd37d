/**
 * One M4B (AAC in MP4, `-f ipod`): every chapter part joined in one encode, a chapter marker per
 * chapter with its title, the cover as attached picture, the book's tags from an FFMETADATA file.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeGraph } from './audio-graph';
import { OUTPUT_RATE, rawInputArgs, type PcmInput } from './encode-inputs';
import { ffmetadata, type MetadataChapter } from './ffmetadata';
import { runFfmpeg } from './ffmpeg-process';
import type { BookMetadata, RoomTone } from './render-plan';

export interface M4bJob {
  ffmpegPath: string;
  book: BookMetadata;
  /** Parts in playing order; `chapters` say where each chapter starts and ends. */
  inputs: PcmInput[];
  chapters: MetadataChapter[];
  coverPath: string | null;
  roomTone: RoomTone;
  bitrateKbps: number;
  workDir: string;
  outPath: string;
  signal?: AbortSignal;
  onSeconds?: (seconds: number) => void;
}

/**
 * AAC's quantisation puts peaks up to about 1.5 dB above the limiter's ceiling (a single-chapter book
 * measured -2.0 dBFS against a -3.6 dB ceiling), where MP3 at 192 kbps stays within it.
 */
export const AAC_OVERSHOOT_DB = 1.5;

export function m4bArguments(job: Omit<M4bJob, 'ffmpegPath' | 'signal' | 'onSeconds'>, metadataPath: string): string[] {
  const args = ['-loglevel', 'error', ...job.inputs.flatMap(rawInputArgs)];
  const metaIndex = job.inputs.length;
  args.push('-f', 'ffmetadata', '-i', metadataPath);
  if (job.coverPath) args.push('-i', job.coverPath);
  const graph = encodeGraph(
    job.inputs.map((input, index) => ({ index, gainDb: input.gainDb })),
    { outputRate: OUTPUT_RATE, ceilingDb: Math.min(...job.inputs.map((i) => i.ceilingDb)) - AAC_OVERSHOOT_DB, roomTone: job.roomTone },
  );
  args.push('-filter_complex', graph, '-map', '[out]');
  if (job.coverPath) args.push('-map', `${metaIndex + 1}:v:0`, '-c:v', 'copy', '-disposition:v:0', 'attached_pic');
  args.push(
    '-map_metadata',
    String(metaIndex),
    '-map_chapters',
    String(metaIndex),
    '-c:a',
    'aac',
    '-b:a',
    `${job.bitrateKbps}k`,
    '-ar',
    String(OUTPUT_RATE),
    '-ac',
    '1',
    '-f',
    'ipod',
    '-brand',
    'M4B ',
    '-movflags',
    '+faststart',
    job.outPath,
  );
  return args;
}

export async function encodeM4b(job: M4bJob): Promise<void> {
  const metadataPath = join(job.workDir, 'book.ffmetadata');
  await writeFile(metadataPath, ffmetadata(job.book, job.chapters));
  await runFfmpeg(job.ffmpegPath, m4bArguments(job, metadataPath), {
    task: 'encoding the M4B',
    signal: job.signal,
    onProgress: (p) => {
      if (p.outTimeSeconds !== null) job.onSeconds?.(p.outTimeSeconds);
    },
  });
}
