/** One MP3 to the ACX format: 192 kbps CBR, 44.1 kHz, mono, with ID3v2 tags and a track number. */
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
  const tags: Array<[string, string | undefined]> = [
    ['title', job.title],
    ['album', book.title],
    ['artist', book.author],
    ['album_artist', book.author],
    ['composer', book.narrator],
    ['genre', book.genre ?? 'Audiobook'],
    ['date', book.year],
    ['track', `${job.track}/${job.totalTracks}`],
  ];
  return [
    '-loglevel',
    'error',
    ...rawInputArgs(input),
    '-filter_complex',
    graph,
    '-map',
    '[out]',
    '-map_metadata',
    '-1',
    ...tags.filter((t): t is [string, string] => Boolean(t[1]?.trim())).flatMap(([k, v]) => ['-metadata', `${k}=${v}`]),
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

export async function encodeMp3(job: Mp3Job): Promise<void> {
  await runFfmpeg(job.ffmpegPath, mp3Arguments(job), {
    task: `encoding ${job.title}`,
    signal: job.signal,
    onProgress: (p) => {
      if (p.outTimeSeconds !== null) job.onSeconds?.(p.outTimeSeconds);
    },
  });
}
