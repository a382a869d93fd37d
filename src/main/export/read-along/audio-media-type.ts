import { open } from 'node:fs/promises';
import { StudioError } from '../../../shared/errors';

export interface AudioKind {
  /** The EPUB 3 core media type. */
  mediaType: 'audio/mpeg' | 'audio/mp4';
  extension: 'mp3' | 'm4a';
}

const MP3: AudioKind = { mediaType: 'audio/mpeg', extension: 'mp3' };
const MP4: AudioKind = { mediaType: 'audio/mp4', extension: 'm4a' };

/**
 * What an audio file is, from its first bytes: MP3 (an ID3 tag or an MPEG layer III frame) or AAC in
 * an MP4 container, the two audio formats every EPUB 3 reading system must play. Raw ADTS AAC and
 * anything else are refused, since a reading system may not play them.
 */
export function audioKindOf(head: Uint8Array): AudioKind | null {
  if (head[0] === 0x49 && head[1] === 0x44 && head[2] === 0x33) return MP3;
  if (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0 && ((head[1] ?? 0) & 0x06) === 0x02) return MP3;
  if (head[4] === 0x66 && head[5] === 0x74 && head[6] === 0x79 && head[7] === 0x70) return MP4;
  return null;
}

export async function readAudioKind(path: string): Promise<AudioKind> {
  let head: Uint8Array;
  try {
    const file = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(12);
      const { bytesRead } = await file.read(buffer, 0, 12, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      throw new StudioError('NOT_FOUND', `The chapter audio ${path} is missing; render the chapter again before exporting the read-along book.`);
    }
    throw error;
  }
  const kind = audioKindOf(head);
  if (!kind) throw new StudioError('UNSUPPORTED_FORMAT', `The chapter audio ${path} is neither MP3 nor AAC in MP4, the formats EPUB reading systems play.`);
  return kind;
}
