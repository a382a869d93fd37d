/** Reads one segment's synthesised audio from the cache as mono float32 at its own rate. */
import { open, readFile } from 'node:fs/promises';
import { StudioError } from '../../shared/errors';
import type { SegmentAudio } from './render-plan';
import { decodeWav, wavSampleRate, type DecodedAudio } from './wav';

function missing(path: string): StudioError {
  return new StudioError('NOT_FOUND', `The audio of a segment is missing from the cache: ${path}. Render the chapter again.`);
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw missing(path);
    throw error;
  }
}

export async function readSegmentAudio(audio: SegmentAudio): Promise<DecodedAudio> {
  const bytes = await readBytes(audio.path);
  if (audio.format === 'wav') return decodeWav(bytes, audio.path);
  const whole = bytes.byteLength - (bytes.byteLength % 4);
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + whole);
  return { sampleRate: audio.sampleRate, samples: new Float32Array(copy) };
}

/** The segment's sample rate from its header alone (4 KB covers any WAV header a writer produces). */
export async function segmentSampleRate(audio: SegmentAudio): Promise<number> {
  if (audio.format === 'f32le') return audio.sampleRate;
  let handle;
  try {
    handle = await open(audio.path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw missing(audio.path);
    throw error;
  }
  try {
    const header = new Uint8Array(4096);
    const { bytesRead } = await handle.read(header, 0, header.length, 0);
    const rate = wavSampleRate(header.subarray(0, bytesRead));
    if (!rate) throw new StudioError('CORRUPT_FILE', `The audio file ${audio.path} cannot be read: it has no WAV header.`);
    return rate;
  } finally {
    await handle.close();
  }
}
