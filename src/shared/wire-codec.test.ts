import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from './wire-codec';

describe('wire codec', () => {
  it('carries bytes of every value, nested in plain JSON, both ways', () => {
    const bytes = new Uint8Array(300_001).map((_, i) => (i * 7) % 256);
    const value = { name: 'clip', audio: bytes, list: [new Uint8Array([0, 255]), 3] };
    const text = encodeWire(value);
    expect(JSON.parse(text).audio.$bytes).toBe(Buffer.from(bytes).toString('base64'));
    const back = decodeWire(text) as typeof value;
    expect(back.audio).toBeInstanceOf(Uint8Array);
    expect(Array.from(back.audio)).toEqual(Array.from(bytes));
    expect(Array.from(back.list[0] as Uint8Array)).toEqual([0, 255]);
    expect(back.list[1]).toBe(3);
  });

  it('leaves an object that only looks like bytes alone', () => {
    expect(decodeWire('{"a":{"$bytes":"AAE=","other":1}}')).toEqual({ a: { $bytes: 'AAE=', other: 1 } });
  });
});
