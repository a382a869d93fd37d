/**
 * Band-limited resampling (windowed sinc, Kaiser window) for the few segments whose engine runs at
 * another rate than the rest of the book. The kernel is tabulated per phase so each output sample
 * costs a few dozen multiply-adds, not a few dozen sines.
 */

const ZERO_CROSSINGS = 32;
const KAISER_BETA = 8.6;
const PHASES = 512;

interface Kernel {
  /** Kernel half-width in input samples. */
  half: number;
  /** `table[p * width + k]`: weight of tap k at fractional offset p / PHASES. */
  table: Float32Array;
  width: number;
}

const kernels = new Map<string, Kernel>();

/** Modified Bessel function of the first kind, order 0, by its power series. */
function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  for (let k = 1; k < 50 && term > 1e-12 * sum; k++) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
  }
  return sum;
}

function kernelFor(from: number, to: number): Kernel {
  const key = `${from}:${to}`;
  const cached = kernels.get(key);
  if (cached) return cached;
  // Below the lower of the two Nyquist frequencies, with a little room for the transition band.
  const cutoff = 0.95 * Math.min(1, to / from);
  const half = Math.ceil(ZERO_CROSSINGS / cutoff);
  const width = 2 * half;
  const table = new Float32Array((PHASES + 1) * width);
  for (let p = 0; p <= PHASES; p++) {
    const frac = p / PHASES;
    let sum = 0;
    for (let k = 0; k < width; k++) {
      const x = k - half + 1 - frac;
      const w = Math.abs(x) >= half ? 0 : besselI0(KAISER_BETA * Math.sqrt(1 - (x / half) ** 2)) / besselI0(KAISER_BETA);
      const s = x === 0 ? 1 : Math.sin(Math.PI * cutoff * x) / (Math.PI * cutoff * x);
      const v = cutoff * s * w;
      table[p * width + k] = v;
      sum += v;
    }
    // Unity gain at DC for every phase, so a steady level stays steady.
    for (let k = 0; k < width; k++) table[p * width + k]! /= sum;
  }
  const kernel = { half, table, width };
  kernels.set(key, kernel);
  return kernel;
}

export function resample(input: Float32Array, from: number, to: number): Float32Array {
  if (from === to) return input;
  if (!(from > 0 && to > 0)) throw new RangeError(`cannot resample from ${from} Hz to ${to} Hz`);
  const { half, table, width } = kernelFor(from, to);
  const outLength = Math.round((input.length * to) / from);
  const out = new Float32Array(outLength);
  const step = from / to;
  const last = input.length - 1;
  for (let i = 0; i < outLength; i++) {
    const t = i * step;
    const base = Math.floor(t);
    const pos = (t - base) * PHASES;
    const p = Math.floor(pos);
    const mix = pos - p;
    const row0 = p * width;
    const row1 = row0 + width;
    const first = base - half + 1;
    let acc = 0;
    for (let k = 0; k < width; k++) {
      const j = first + k;
      if (j < 0 || j > last) continue;
      const w = table[row0 + k]! + (table[row1 + k]! - table[row0 + k]!) * mix;
      acc += input[j]! * w;
    }
    out[i] = acc;
  }
  return out;
}
