/**
 * Joins encoded blocks into the delivered files without re-encoding (FFmpeg's concat demuxer and
 * `-c copy`): the M4B with the book's tags and chapter marks from an FFMETADATA file, an MP3 with its
 * ID3v2 tags; both with the cover as attached picture. Every block's length is given to the
 * demuxer, so timestamps run on exactly as the frames decode.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OUTPUT_RATE } from '../encode-inputs';
import { mp3CoverArgs, mp3TagArgs } from '../export-mp3';
import { ffmetadata, type MetadataChapter } from '../ffmetadata';
import { runFfmpeg } from '../ffmpeg-process';
import type { BookMetadata } from '../render-plan';

export interface JoinBlock {
  path: string;
  decodedSamples: number;
}

export interface JoinCommon {
  ffmpegPath: string;
  book: BookMetadata;
  blocks: readonly JoinBlock[];
  coverPath: string | null;
  /** Where the list of blocks (and the metadata) are written; a name unique within it. */
  workDir: string;
  name: string;
  outPath: string;
  signal?: AbortSignal;
}

const quote = (path: string): string => `'${path.replace(/'/g, "'\\''")}'`;

export function concatList(blocks: readonly JoinBlock[]): string {
  return `ffconcat version 1.0\n${blocks.map((b) => `file ${quote(b.path)}\nduration ${(b.decodedSamples / OUTPUT_RATE).toFixed(9)}\n`).join('')}`;
}

function coverArgs(coverIndex: number, coverPath: string | null): string[] {
  return coverPath ? ['-map', `${coverIndex}:v:0`, '-c:v', 'copy', '-disposition:v:0', 'attached_pic'] : [];
}

export async function joinM4b(job: JoinCommon & { chapters: MetadataChapter[] }): Promise<void> {
  const list = join(job.workDir, `${job.name}.ffconcat`);
  const metadata = join(job.workDir, `${job.name}.ffmetadata`);
  await writeFile(list, concatList(job.blocks));
  await writeFile(metadata, ffmetadata(job.book, job.chapters));
  const cover = job.coverPath ? ['-i', job.coverPath] : [];
  const args = ['-loglevel', 'error', '-f', 'concat', '-safe', '0', '-i', list, '-f', 'ffmetadata', '-i', metadata, ...cover, '-map', '0:a', ...coverArgs(2, job.coverPath)];
  args.push('-map_metadata', '1', '-map_chapters', '1', '-c:a', 'copy', '-f', 'ipod', '-brand', 'M4B ', '-movflags', '+faststart', job.outPath);
  await runFfmpeg(job.ffmpegPath, args, { task: 'writing the M4B', signal: job.signal });
}

export async function joinMp3(job: JoinCommon & { title: string; track: number; totalTracks: number }): Promise<void> {
  const list = join(job.workDir, `${job.name}.ffconcat`);
  await writeFile(list, concatList(job.blocks));
  const cover = job.coverPath ? ['-i', job.coverPath] : [];
  const args = ['-loglevel', 'error', '-f', 'concat', '-safe', '0', '-i', list, ...cover, '-map', '0:a', ...mp3CoverArgs(1, job.coverPath)];
  args.push('-map_metadata', '-1', ...mp3TagArgs(job.book, job.title, job.track, job.totalTracks));
  args.push('-c:a', 'copy', '-id3v2_version', '3', '-write_xing', '0', '-f', 'mp3', job.outPath);
  await runFfmpeg(job.ffmpegPath, args, { task: `writing ${job.title}`, signal: job.signal });
}
