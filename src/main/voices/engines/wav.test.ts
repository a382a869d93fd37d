import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/errors';
import { decodeWav, encodeWav } from './wav';

describe('WAV', () => {
  it('writes 16-bit PCM mono that reads back to the same samples', () => {
    const samples = Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i / 10) * 0.8);
    const bytes = encodeWav(samples, 24000);
    expect(bytes.length).toBe(44 + 2000);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('RIFF');
    const view = new DataView(bytes.buffer);
    expect([view.getUint16(20, true), view.getUint16(22, true), view.getUint32(24, true), view.getUint16(34, true)]).toEqual([1, 1, 24000, 16]);
    const decoded = decodeWav(bytes);
    expect(decoded.sampleRate).toBe(24000);
    expect(decoded.samples.length).toBe(1000);
    for (let i = 0; i < 1000; i += 37) expect(decoded.samples[i]).toBeCloseTo(samples[i] ?? 0, 3);
  });

  it('clips samples beyond full scale instead of wrapping round', () => {
    const decoded = decodeWav(encodeWav(Float32Array.from([1.7, -3, 0.5]), 8000));
    expect(decoded.samples[0]).toBeCloseTo(1, 3);
    expect(decoded.samples[1]).toBe(-1);
    expect(decoded.samples[2]).toBeCloseTo(0.5, 3);
  });

  it('reads a streamed WAV whose header still holds placeholder sizes, up to the real end', () => {
    const bytes = encodeWav(Float32Array.from({ length: 300 }, () => 0.25), 22050);
    new DataView(bytes.buffer).setUint32(40, 0x7fffffff, true);
    expect(decodeWav(bytes).samples.length).toBe(300);
  });

  it('returns samples on a SharedArrayBuffer, to cross threads without a copy', () => {
    expect(decodeWav(encodeWav(new Float32Array(10), 8000)).samples.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('refuses bytes that are not a 16-bit PCM WAV', () => {
    expect(() => decodeWav(new TextEncoder().encode('RIFF....WAVEnope'))).toThrow(StudioError);
    expect(() => decodeWav(new Uint8Array(3))).toThrow(/not a 16-bit PCM WAV/);
    const float = encodeWav(new Float32Array(4), 8000);
    new DataView(float.buffer).setUint16(20, 3, true);
    expect(() => decodeWav(float)).toThrow(StudioError);
  });
});
