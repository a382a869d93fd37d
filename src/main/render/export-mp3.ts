/** One MP3 to the ACX format: 192 kbps CBR, 44.1 kHz, mono, with ID3v2 tags, a track number and the cover. */
import { encodeGraph } from './audio-graph';
import { OUTPUT_RATE, rawInputArgs, type PcmInput } from './encode-inputs';
import { runFfmpeg } from './ffmpeg-process';
import type { BookMetadata, RoomTone } from './render-plan';

export const ACX_MP3_BITRATE_KBPS = 192;

export interface Mp3Job {
  ffmpegPath: string;
  book: BookMetadata;
  input: PcmInput;
  title: string;
  track: number;
  totalTracks: number;
  roomTone: RoomTone;
  /** The cover, embedded as an ID3 attached picture (APIC). */
  coverPath?: string | null;
  /** Sample range of the input to keep, and fades (the retail sample). */
  excerpt?: { start: number; end: number; fadeInSeconds: number; fadeOutSeconds: number };
  outPath: string;
  signal?: AbortSignal;
  onSeconds?: (seconds: number) => void;
}

export function mp3Arguments(job: Omit<Mp3Job, 'ffmpegPath' | 'signal' | 'onSeconds'>): string[] {
  const { input, excerpt, book } = job;
  const graph = encodeGraph([{ index: 0, gainDb: input.gainDb, trim: excerpt ? { start: excerpt.start, end: excerpt.end } : undefined }], {
    outputRate: OUTPUT_RATE,
    ceilingDb: input.ceilingDb,
    roomTone: job.roomTone,
    fades: excerpt
      ? { inSeconds: excerpt.fadeInSeconds, outSeconds: excerpt.fadeOutSeconds, totalSeconds: (excerpt.end - excerpt.start) / input.sampleRate }
      : undefined,
  });
  return [
    '-loglevel',
    'error',
    ...rawInputArgs(input),
    ...(job.coverPath ? ['-i', job.coverPath] : []),
    '-filter_complex',
    graph,
    '-map',
    '[out]',
    ...mp3CoverArgs(1, job.coverPath ?? null),
    '-map_metadata',
    '-1',
    ...mp3TagArgs(book, job.title, job.track, job.totalTracks),
    '-c:a',
    'libmp3lame',
    '-b:a',
    `${ACX_MP3_BITRATE_KBPS}k`,
    '-ar',
    String(OUTPUT_RATE),
    '-ac',
    '1',
    '-id3v2_version',
    '3',
    '-f',
    'mp3',
    job.outPath,
  ];
}

/** The cover (FFmpeg input `index`) as the MP3's front cover picture. */
export function mp3CoverArgs(index: number, coverPath: string | null): string[] {
  if (!coverPath) return [];
  return ['-map', `${index}:v:0`, '-c:v', 'copy', '-disposition:v:0', 'attached_pic', '-metadata:s:v', 'title=Cover', '-metadata:s:v', 'comment=Cover (front)'];
}

/** The ID3 tags of a book's MP3 as FFmpeg `-metadata` arguments: the file's title and track, the book's album, author and narrator. */
export function mp3TagArgs(book: BookMetadata, title: string, track: number, totalTracks: number): string[] {
  const tags: Array<[string, string | undefined]> = [
    ['title', title],
    ['album', book.title],
    ['artist', book.author],
    ['album_artist', book.author],
    ['composer', book.narrator],
    ['genre', book.genre ?? 'Audiobook'],
    ['date', book.year],
    ['track', `${track}/${totalTracks}`],
  ];
  return tags.filter((t): t is [string, string] => Boolean(t[1]?.trim())).flatMap(([k, v]) => ['-metadata', `${k}=${v}`]);
}

export async function encodeMp3(job: Mp3Job): Promise<void> {
  await runFfmpeg(job.ffmpegPath, mp3Arguments(job), {
    task: `encoding ${job.title}`,
    signal: job.signal,
    onProgress: (p) => {
      if (p.outTimeSeconds !== null) job.onSeconds?.(p.outTimeSeconds);
    },
  });
}
