import { StudioError } from '../../../../shared/errors';

/** A little-endian float32 array from a NumPy `.npy` file (format 1, 2 or 3), with its shape. */
export function decodeNpy(bytes: Uint8Array, name: string): { data: Float32Array; shape: number[] } {
  const bad = (why: string): StudioError => new StudioError('CORRUPT_FILE', `The voice data ${name} is not usable: ${why}.`);
  if (bytes.length < 10 || bytes[0] !== 0x93 || new TextDecoder().decode(bytes.subarray(1, 6)) !== 'NUMPY') throw bad('not a NumPy array');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = bytes[6] ?? 0;
  const headerLength = major >= 2 ? view.getUint32(8, true) : view.getUint16(8, true);
  const start = (major >= 2 ? 12 : 10) + headerLength;
  const header = new TextDecoder().decode(bytes.subarray(major >= 2 ? 12 : 10, start));
  const descr = /'descr':\s*'([^']*)'/.exec(header)?.[1];
  if (descr !== '<f4') throw bad(`its numbers are stored as ${descr ?? 'an unknown type'}, not 32-bit floats`);
  if (/'fortran_order':\s*True/.test(header)) throw bad('it is stored in Fortran order');
  const shape = (/'shape':\s*\(([^)]*)\)/.exec(header)?.[1] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);
  const count = shape.reduce((a, b) => a * b, 1);
  if (start + count * 4 > bytes.length) throw bad('it is shorter than its header says');
  const data = new Float32Array(count);
  new Uint8Array(data.buffer).set(bytes.subarray(start, start + count * 4));
  return { data, shape };
}
