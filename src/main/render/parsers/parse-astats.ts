/** The end-of-stream summary of FFmpeg's `astats` filter (its "Overall" section), from the log. */
export interface AstatsSummary {
  peakDb: number;
  rmsDb: number;
  rmsTroughDb: number | null;
  samples: number;
}

/** dB values from FFmpeg's log: `-inf` for digital silence. */
export function parseDb(text: string): number {
  const value = text.trim();
  if (value === '-inf') return Number.NEGATIVE_INFINITY;
  if (value === 'inf') return Number.POSITIVE_INFINITY;
  return Number.parseFloat(value);
}

/**
 * Reads the Overall section printed by the astats instance named `instance` (e.g. `astats@overall`),
 * so a graph with several astats filters is read unambiguously. Null when that summary is absent.
 */
export function parseAstats(log: string, instance: string): AstatsSummary | null {
  const prefix = `[${instance} @ `;
  const values = new Map<string, string>();
  let inOverall = false;
  for (const line of log.split('\n')) {
    if (!line.startsWith(prefix)) continue;
    const text = line.slice(line.indexOf('] ') + 2).trim();
    if (text === 'Overall') {
      inOverall = true;
      continue;
    }
    if (text.startsWith('Channel:')) inOverall = false;
    const colon = text.indexOf(':');
    if (inOverall && colon > 0) values.set(text.slice(0, colon), text.slice(colon + 1));
  }
  const peak = values.get('Peak level dB');
  const rms = values.get('RMS level dB');
  if (peak === undefined || rms === undefined) return null;
  const trough = values.get('RMS trough dB');
  return {
    peakDb: parseDb(peak),
    rmsDb: parseDb(rms),
    rmsTroughDb: trough === undefined ? null : parseDb(trough),
    samples: Number.parseInt(values.get('Number of samples') ?? '0', 10),
  };
}
