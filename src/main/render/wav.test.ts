import { describe, expect, it } from 'vitest';
import { decodeWav, encodeWavFloat32, wavSampleRate } from './wav';

/** A WAV file built by hand, so the decoder is checked against the format, not against our encoder. */
function wav(options: { code: number; channels: number; rate: number; bits: number; data: Uint8Array; extensible?: boolean; listChunk?: boolean }): Uint8Array {
  const fmtSize = options.extensible ? 40 : 16;
  const list = options.listChunk ? 8 + 5 + 1 : 0; // an odd-sized chunk with its pad byte
  const out = new Uint8Array(12 + list + 8 + fmtSize + 8 + options.data.length);
  const v = new DataView(out.buffer);
  const ascii = (at: number, s: string): void => [...s].forEach((c, i) => (out[at + i] = c.charCodeAt(0)));
  ascii(0, 'RIFF');
  v.setUint32(4, out.length - 8, true);
  ascii(8, 'WAVE');
  let at = 12;
  if (options.listChunk) {
    ascii(at, 'LIST');
    v.setUint32(at + 4, 5, true);
    ascii(at + 8, 'hello');
    at += 14;
  }
  ascii(at, 'fmt ');
  v.setUint32(at + 4, fmtSize, true);
  v.setUint16(at + 8, options.extensible ? 0xfffe : options.code, true);
  v.setUint16(at + 10, options.channels, true);
  v.setUint32(at + 12, options.rate, true);
  v.setUint32(at + 16, (options.rate * options.channels * options.bits) / 8, true);
  v.setUint16(at + 20, (options.channels * options.bits) / 8, true);
  v.setUint16(at + 22, options.bits, true);
  if (options.extensible) {
    v.setUint16(at + 24, 22, true);
    v.setUint16(at + 32, options.code, true); // first two bytes of the sub-format GUID
  }
  at += 8 + fmtSize;
  ascii(at, 'data');
  v.setUint32(at + 4, options.data.length, true);
  out.set(options.data, at + 8);
  return out;
}

describe('decodeWav', () => {
  it('reads 16-bit stereo and averages it to mono', () => {
    const data = new Uint8Array(8);
    const v = new DataView(data.buffer);
    v.setInt16(0, 16384, true);
    v.setInt16(2, 0, true);
    v.setInt16(4, -32768, true);
    v.setInt16(6, -32768, true);
    const audio = decodeWav(wav({ code: 1, channels: 2, rate: 22050, bits: 16, data }));
    expect(audio.sampleRate).toBe(22050);
    expect([...audio.samples]).toEqual([0.25, -1]);
  });

  it('reads 24-bit PCM past a LIST chunk of odd size', () => {
    const data = new Uint8Array([0x00, 0x00, 0x40, 0x00, 0x00, 0xc0]);
    const audio = decodeWav(wav({ code: 1, channels: 1, rate: 48000, bits: 24, data, listChunk: true }));
    expect([...audio.samples]).toEqual([0.5, -0.5]);
  });

  it('reads 32-bit float inside WAVE_FORMAT_EXTENSIBLE, and 16-bit mono', () => {
    const data = new Uint8Array(8);
    new DataView(data.buffer).setFloat32(0, 0.125, true);
    new DataView(data.buffer).setFloat32(4, -0.75, true);
    expect([...decodeWav(wav({ code: 3, channels: 1, rate: 24000, bits: 32, data, extensible: true })).samples]).toEqual([0.125, -0.75]);
    const pcm = new Uint8Array(4);
    new DataView(pcm.buffer).setInt16(0, -16384, true);
    new DataView(pcm.buffer).setInt16(2, 8192, true);
    expect([...decodeWav(wav({ code: 1, channels: 1, rate: 24000, bits: 16, data: pcm })).samples]).toEqual([-0.5, 0.25]);
  });

  it('round-trips what encodeWavFloat32 writes, and its header gives the rate alone', () => {
    const samples = Float32Array.from([0, 0.5, -0.25, 1]);
    const bytes = encodeWavFloat32(samples, 22050);
    expect(decodeWav(bytes)).toEqual({ sampleRate: 22050, samples });
    expect(wavSampleRate(bytes.subarray(0, 44))).toBe(22050);
  });

  it('reads a Node Buffer that shares a larger pool, as fs.readFile returns it', () => {
    const file = encodeWavFloat32(Float32Array.from([0.5, -0.5, 0.25]), 24000);
    const pool = Buffer.alloc(file.length + 13);
    pool.set(file, 13);
    expect([...decodeWav(pool.subarray(13)).samples]).toEqual([0.5, -0.5, 0.25]);
  });

  it('refuses what is not a readable WAV with CORRUPT_FILE', () => {
    expect(() => decodeWav(new TextEncoder().encode('not a wave file at all'), 'x.wav')).toThrow(expect.objectContaining({ code: 'CORRUPT_FILE' }));
    const alaw = wav({ code: 6, channels: 1, rate: 8000, bits: 8, data: new Uint8Array(4) });
    expect(() => decodeWav(alaw)).toThrow(/not supported/);
    const noData = wav({ code: 1, channels: 1, rate: 8000, bits: 16, data: new Uint8Array(0) }).subarray(0, 36);
    expect(() => decodeWav(noData)).toThrow(/no audio data/);
  });
});
