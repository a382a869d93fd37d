import { StudioError } from '../../../shared/errors';
import { sharedSamples } from './audio/shared-samples';

const HEADER_BYTES = 44;

/** A mono WAV file, 16-bit PCM, from samples in -1..1 (clipped beyond). */
export function encodeWav(samples: Float32Array, sampleRate: number): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string): void => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, bytes.length - 8, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i] ?? 0));
    view.setInt16(HEADER_BYTES + i * 2, Math.round(s < 0 ? s * 0x8000 : s * 0x7fff), true);
  }
  return bytes;
}

export interface DecodedWav {
  samples: Float32Array;
  sampleRate: number;
}

/**
 * Reads a 16-bit PCM WAV (mono, or the first channel of several), as `encodeWav` writes it. A writer
 * that streamed its output may leave placeholder sizes in the header, so the data chunk runs to the
 * end of the bytes at most. The segment cache's float WAVs are read by `render/wav`.
 */
export function decodeWav(bytes: Uint8Array): DecodedWav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number): string => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw notWav();
  let offset = 12;
  let format: { channels: number; sampleRate: number; bits: number; encoding: number } | null = null;
  while (offset + 8 <= bytes.length) {
    const id = tag(offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      format = {
        encoding: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bits: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      if (!format || format.encoding !== 1 || format.bits !== 16 || format.channels < 1) throw notWav();
      const end = Math.min(bytes.length, body + size);
      const frames = Math.floor((end - body) / (2 * format.channels));
      const samples = sharedSamples(frames);
      for (let i = 0; i < frames; i++) samples[i] = view.getInt16(body + i * 2 * format.channels, true) / 0x8000;
      return { samples, sampleRate: format.sampleRate };
    }
    offset = body + size + (size & 1);
  }
  throw notWav();
}

function notWav(): StudioError {
  return new StudioError('CORRUPT_FILE', 'The audio is not a 16-bit PCM WAV file Dramatis can read.');
}
