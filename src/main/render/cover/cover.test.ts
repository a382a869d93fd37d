import { describe, expect, it } from 'vitest';
import { drawableText } from './bitmap-font';
import { crc32, encodePng } from './png-encode';
import { wrapWords } from './wrap-text';
import { inflateSync } from 'node:zlib';

describe('png-encode', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes the PNG signature, an RGB header and rows that inflate back to the pixels', () => {
    const pixels = Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30]);
    const png = encodePng(2, 2, pixels);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(2);
    expect(png[25]).toBe(2);
    const idatLength = png.readUInt32BE(33);
    const rows = inflateSync(png.subarray(41, 41 + idatLength));
    expect([...rows]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 10, 20, 30]);
  });
});

describe('cover text', () => {
  it('wraps words into lines and shortens what does not fit', () => {
    expect(wrapWords('A Christmas Carol in Prose', 12, 3)).toEqual(['A Christmas', 'Carol in', 'Prose']);
    expect(wrapWords('one two three four five', 3, 2)).toEqual(['one', 'two…']);
  });

  it('folds text onto the pixel font', () => {
    expect(drawableText('Élodie’s “Café” — №1')).toBe("ELODIE'S CAFE - 1");
  });
});
