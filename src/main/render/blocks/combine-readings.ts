/**
 * The meter reading of a file joined from blocks, from the readings of the blocks as they decode:
 * RMS from the summed energy, peaks as the highest, the half-second windows in order, the head from
 * the first block and the tail from the last, the integrated loudness and the loudness range from
 * ebur128's gating blocks of all of them. Each block is decoded and measured once, when it is encoded.
 */
import type { MeterReading } from '../measure-audio';
import { integratedLoudness, loudnessRange } from '../parsers/parse-ebur128-frames';

const power = (db: number): number => (Number.isFinite(db) ? 10 ** (db / 10) : 0);
const toDb = (p: number): number => (p > 0 ? 10 * Math.log10(p) : Number.NEGATIVE_INFINITY);
const highest = (values: Array<number | null | undefined>): number | null => {
  const known = values.filter((v): v is number => typeof v === 'number');
  return known.length === 0 ? null : Math.max(...known);
};

export function combineReadings(readings: readonly MeterReading[], sampleRate: number): MeterReading {
  if (readings.length === 0) throw new RangeError('a joined file needs at least one block');
  const samples = readings.reduce((n, r) => n + r.samples, 0);
  const energy = readings.reduce((sum, r) => sum + power(r.rmsDb) * r.samples, 0);
  let offset = 0;
  const windows = readings.flatMap((r) => {
    const shifted = r.windows.map((w) => ({ timeSeconds: w.timeSeconds + offset, rmsDb: w.rmsDb }));
    offset += r.durationSeconds;
    return shifted;
  });
  const silentThrough = (ordered: readonly MeterReading[], edge: (r: MeterReading) => number): number => {
    let seconds = 0;
    for (const r of ordered) {
      seconds += edge(r);
      if (edge(r) < r.durationSeconds) break;
    }
    return seconds;
  };
  const loudness = readings.every((r) => r.ebur128 && r.frames);
  return {
    samples,
    durationSeconds: samples / sampleRate,
    rmsDb: toDb(energy / samples),
    peakDb: Math.max(...readings.map((r) => r.peakDb)),
    windows,
    head: silentThrough(readings, (r) => r.head),
    tail: silentThrough([...readings].reverse(), (r) => r.tail),
    ebur128: loudness
      ? {
          integratedLufs: integratedLoudness(readings.flatMap((r) => r.frames!.momentary)),
          loudnessRangeLu: loudnessRange(readings.flatMap((r) => r.frames!.shortTerm)),
          samplePeakDb: highest(readings.map((r) => r.ebur128!.samplePeakDb)),
          truePeakDb: highest(readings.map((r) => r.ebur128!.truePeakDb)),
        }
      : null,
  };
}
