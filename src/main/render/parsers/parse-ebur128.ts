/** The summary FFmpeg's `ebur128` filter prints at the end of the stream. */
export interface Ebur128Summary {
  integratedLufs: number;
  loudnessRangeLu: number;
  samplePeakDb: number | null;
  truePeakDb: number | null;
}

export function parseEbur128(log: string): Ebur128Summary | null {
  const at = log.lastIndexOf('Summary:');
  if (at < 0) return null;
  const summary = log.slice(at);
  const number = (pattern: RegExp): number | null => {
    const match = pattern.exec(summary);
    if (!match) return null;
    const value = match[1] === '-inf' ? Number.NEGATIVE_INFINITY : Number.parseFloat(match[1]!);
    return Number.isNaN(value) ? null : value;
  };
  const integrated = number(/Integrated loudness:\s*\n\s*I:\s*(-inf|-?[\d.]+) LUFS/);
  const range = number(/Loudness range:\s*\n\s*LRA:\s*(-?[\d.]+) LU/);
  if (integrated === null || range === null) return null;
  return {
    integratedLufs: integrated,
    loudnessRangeLu: range,
    samplePeakDb: number(/Sample peak:\s*\n\s*Peak:\s*(-inf|-?[\d.]+) dBFS/),
    truePeakDb: number(/True peak:\s*\n\s*Peak:\s*(-inf|-?[\d.]+) dBFS/),
  };
}
