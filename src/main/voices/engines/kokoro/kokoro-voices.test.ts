import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../../import/zip/testing/write-zip';
import { fixtureDir, fixtureStyle } from '../testing/fixture-models';
import { encodeNpy } from '../testing/npy';
import { KOKORO_STYLE_DIM, KOKORO_STYLE_ROWS, KokoroVoices } from './kokoro-voices';
import { decodeNpy } from './npy';

describe('KokoroVoices', () => {
  it('reads a NumPy archive of 510×1×256 styles, compressed or stored', () => {
    const dir = fixtureDir();
    const path = join(dir, 'voices.bin');
    const npy = encodeNpy(fixtureStyle(0.2), [KOKORO_STYLE_ROWS, 1, KOKORO_STYLE_DIM]);
    writeFileSync(path, writeZip([{ name: 'bf_emma.npy', data: npy }, { name: 'am_adam.npy', data: npy, store: true }]));
    const voices = KokoroVoices.open(path);
    expect(voices.names).toEqual(['am_adam', 'bf_emma']);
    const styles = voices.stylesOf('bf_emma');
    expect(styles.length).toBe(KOKORO_STYLE_ROWS * KOKORO_STYLE_DIM);
    expect(styles[3 * KOKORO_STYLE_DIM]).toBeCloseTo(0.2 + 3 * 0.0004, 6);
  });

  it('reads a folder of raw float32 files and the older JSON form', () => {
    const dir = fixtureDir();
    mkdirSync(join(dir, 'voices'));
    writeFileSync(join(dir, 'voices', 'af_bella.bin'), new Uint8Array(fixtureStyle(0.4).buffer));
    expect(KokoroVoices.open(join(dir, 'voices')).stylesOf('af_bella')[0]).toBeCloseTo(0.4, 6);
    const nested = Array.from({ length: 2 }, (_, r) => [Array.from({ length: KOKORO_STYLE_DIM }, () => r + 0.5)]);
    writeFileSync(join(dir, 'voices.json'), JSON.stringify({ af_sky: nested }));
    const json = KokoroVoices.open(join(dir, 'voices.json')).stylesOf('af_sky');
    expect([json.length, json[0], json[KOKORO_STYLE_DIM]]).toEqual([2 * KOKORO_STYLE_DIM, 0.5, 1.5]);
  });

  it('refuses files that are not voices, and voices of the wrong width', () => {
    const dir = fixtureDir();
    writeFileSync(join(dir, 'junk.bin'), 'GIF89a');
    expect(() => KokoroVoices.open(join(dir, 'junk.bin'))).toThrow(/neither a NumPy archive nor JSON/);
    expect(() => KokoroVoices.open(join(dir, 'absent.bin'))).toThrow(/missing/);
    writeFileSync(join(dir, 'narrow.bin'), writeZip([{ name: 'x.npy', data: encodeNpy(new Float32Array(100), [100]) }]));
    expect(() => KokoroVoices.open(join(dir, 'narrow.bin')).stylesOf('x')).toThrow(/256-value styles/);
    expect(() => KokoroVoices.open(join(dir, 'narrow.bin')).stylesOf('y')).toThrow(/no voice y/);
  });
});

describe('decodeNpy', () => {
  it('reads the shape and refuses other number types', () => {
    expect(decodeNpy(encodeNpy(Float32Array.from([1, 2, 3, 4, 5, 6]), [2, 3]), 'x')).toEqual({ data: Float32Array.from([1, 2, 3, 4, 5, 6]), shape: [2, 3] });
    const float64 = encodeNpy(new Float32Array(2), [2]);
    float64[Buffer.from(float64).indexOf('<f4') + 2] = '8'.charCodeAt(0);
    expect(() => decodeNpy(float64, 'x')).toThrow(/stored as <f8, not 32-bit floats/);
  });
});
