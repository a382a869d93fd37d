/**
 * The per-frame lines FFmpeg's `ebur128` prints with `framelog=info` (every 100 ms): the momentary
 * loudness (400 ms) and the short-term loudness (3 s). They are the gating blocks of the integrated
 * loudness and of the loudness range, so the figures of audio measured in pieces can be combined.
 */
export interface Ebur128Frames {
  momentary: number[];
  shortTerm: number[];
}

const FRAME = /\bt:\s*\S+\s+TARGET:\S+ LUFS\s+M:\s*(-inf|-?[\d.]+)\s+S:\s*(-inf|-?[\d.]+)/;

const value = (text: string): number => (text === '-inf' ? Number.NEGATIVE_INFINITY : Number.parseFloat(text));

export function parseEbur128Frames(log: string): Ebur128Frames {
  const momentary: number[] = [];
  const shortTerm: number[] = [];
  for (const line of log.split('\n')) {
    const match = FRAME.exec(line);
    if (!match) continue;
    momentary.push(value(match[1]!));
    shortTerm.push(value(match[2]!));
  }
  return { momentary, shortTerm };
}

const ABSOLUTE_GATE = -70;
const energy = (lufs: number): number => 10 ** ((lufs + 0.691) / 10);
const loudness = (meanEnergy: number): number => -0.691 + 10 * Math.log10(meanEnergy);
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

/** Integrated loudness (EBU R128 / BS.1770 gating: absolute -70 LUFS, relative -10 LU) of momentary values. */
export function integratedLoudness(momentary: readonly number[]): number {
  const loud = momentary.filter((m) => m > ABSOLUTE_GATE).map(energy);
  if (loud.length === 0) return ABSOLUTE_GATE;
  const relative = loudness(mean(loud)) - 10;
  const gated = loud.filter((e) => loudness(e) > relative);
  return gated.length === 0 ? ABSOLUTE_GATE : loudness(mean(gated));
}

/** Loudness range (EBU Tech 3342: relative gate -20 LU, the 10th to the 95th percentile) of short-term values. */
export function loudnessRange(shortTerm: readonly number[]): number {
  const loud = shortTerm.filter((s) => s > ABSOLUTE_GATE);
  if (loud.length === 0) return 0;
  const relative = loudness(mean(loud.map(energy))) - 20;
  const gated = loud.filter((s) => s > relative).sort((a, b) => a - b);
  if (gated.length === 0) return 0;
  const at = (q: number): number => gated[Math.min(gated.length - 1, Math.round(q * (gated.length - 1)))]!;
  return at(0.95) - at(0.1);
}
