/** WAV in and out: the segment cache holds WAV files, the assembler works on mono float32. */
import { StudioError } from '../../shared/errors';

export interface DecodedAudio {
  sampleRate: number;
  /** Mono: multichannel files are averaged down. */
  samples: Float32Array;
}

const PCM = 1;
const FLOAT = 3;
const EXTENSIBLE = 0xfffe;
const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function corrupt(name: string, why: string): StudioError {
  return new StudioError('CORRUPT_FILE', `The audio file ${name} cannot be read: ${why}.`);
}

/** Decodes a RIFF/WAVE file: 8, 16, 24 or 32-bit integer PCM, or 32/64-bit float. */
export function decodeWav(bytes: Uint8Array, name = 'segment'): DecodedAudio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number): string => String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw corrupt(name, 'it is not a WAV file');

  let format: { code: number; channels: number; sampleRate: number; bits: number } | null = null;
  let data: { start: number; length: number } | null = null;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ') {
      if (size < 16) throw corrupt(name, 'its format chunk is too short');
      let code = view.getUint16(body, true);
      if (code === EXTENSIBLE && size >= 26) code = view.getUint16(body + 24, true);
      format = { code, channels: view.getUint16(body + 2, true), sampleRate: view.getUint32(body + 4, true), bits: view.getUint16(body + 14, true) };
    } else if (id === 'data') {
      // Streaming writers leave the size at 0 or 0xFFFFFFFF; the data then runs to the end.
      const length = size === 0 || size === 0xffffffff || body + size > bytes.length ? bytes.length - body : size;
      data = { start: body, length };
      break;
    }
    at = body + size + (size % 2);
  }
  if (!format) throw corrupt(name, 'it has no format chunk');
  if (!data) throw corrupt(name, 'it has no audio data');
  const { code, channels, sampleRate, bits } = format;
  if (channels < 1 || sampleRate < 1) throw corrupt(name, 'its header names no channels or no sample rate');
  const read = sampleReader(view, code, bits);
  if (!read) throw corrupt(name, `${bits}-bit samples of format ${code} are not supported`);

  if (channels === 1 && LITTLE_ENDIAN_HOST) {
    // A copy, aligned and of its own: `bytes` may be a Node Buffer sharing a larger pool.
    const raw = new Uint8Array(data.length - (data.length % (bits / 8)));
    raw.set(bytes.subarray(data.start, data.start + raw.length));
    if (code === FLOAT && bits === 32) return { sampleRate, samples: new Float32Array(raw.buffer) };
    if (code === PCM && bits === 16) return { sampleRate, samples: Float32Array.from(new Int16Array(raw.buffer), (v) => v / 32768) };
  }
  const frameBytes = (bits / 8) * channels;
  const frames = Math.floor(data.length / frameBytes);
  const samples = new Float32Array(frames);
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    const base = data.start + f * frameBytes;
    for (let c = 0; c < channels; c++) sum += read(base + (c * bits) / 8);
    samples[f] = sum / channels;
  }
  return { sampleRate, samples };
}

function sampleReader(view: DataView, code: number, bits: number): ((at: number) => number) | null {
  if (code === FLOAT && bits === 32) return (at) => view.getFloat32(at, true);
  if (code === FLOAT && bits === 64) return (at) => view.getFloat64(at, true);
  if (code !== PCM) return null;
  if (bits === 8) return (at) => (view.getUint8(at) - 128) / 128;
  if (bits === 16) return (at) => view.getInt16(at, true) / 32768;
  if (bits === 24) return (at) => ((view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16)) / 8388608);
  if (bits === 32) return (at) => view.getInt32(at, true) / 2147483648;
  return null;
}

/** Encodes mono float32 samples as a 32-bit float WAV: how synthesised segments go into the cache. */
export function encodeWavFloat32(samples: Float32Array, sampleRate: number): Uint8Array {
  const dataBytes = samples.length * 4;
  const out = new Uint8Array(44 + dataBytes);
  const view = new DataView(out.buffer);
  const ascii = (at: number, text: string): void => {
    for (let i = 0; i < text.length; i++) out[at + i] = text.charCodeAt(i);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, FLOAT, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 4, true);
  view.setUint16(32, 4, true);
  view.setUint16(34, 32, true);
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) view.setFloat32(44 + i * 4, samples[i]!, true);
  return out;
}

/** Reads only the header: the sample rate of a WAV file, to choose the rate a book is assembled at. */
export function wavSampleRate(header: Uint8Array): number | null {
  if (header.length < 12) return null;
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  for (let at = 12; at + 16 <= header.length; ) {
    const id = String.fromCharCode(header[at]!, header[at + 1]!, header[at + 2]!, header[at + 3]!);
    const size = view.getUint32(at + 4, true);
    if (id === 'fmt ') return view.getUint32(at + 12, true);
    at += 8 + size + (size % 2);
  }
  return null;
}
