import { LOUDNESS_TARGETS, type AudioMeasurements, type LoudnessTargetId } from '../../../../shared/render';

export interface PlotGeometry {
  width: number;
  height: number;
}

export interface LoudnessPlot {
  /** The `points` of an SVG polyline: window RMS over time. */
  line: string;
  /** The target's accepted band (ACX: its RMS range), in plot coordinates; null for LUFS targets. */
  band: { top: number; bottom: number } | null;
  /** The peak ceiling's height in the plot. */
  ceiling: number;
  floorDb: number;
  ceilingDb: number;
  durationSeconds: number;
}

/** The plot spans from -80 dB (quieter is clipped to the floor) to 0 dBFS. */
export const PLOT_FLOOR_DB = -80;

/**
 * A file's loudness over time as a polyline: one point per half-second window, thinned by the
 * engine to a few hundred. Windows of digital silence (−∞ dB) sit on the floor.
 */
export function loudnessPlot(measurements: Pick<AudioMeasurements, 'windowRmsDb' | 'windowSeconds' | 'durationSeconds'>, target: LoudnessTargetId, geometry: PlotGeometry): LoudnessPlot {
  const { width, height } = geometry;
  const y = (db: number): number => {
    const clamped = Math.min(0, Math.max(PLOT_FLOOR_DB, Number.isFinite(db) ? db : PLOT_FLOOR_DB));
    return round((clamped / PLOT_FLOOR_DB) * height);
  };
  const values = measurements.windowRmsDb;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const line = values.map((db, i) => `${round(i * step)},${y(db)}`).join(' ');
  const spec = LOUDNESS_TARGETS[target];
  return {
    line,
    band: spec.measure === 'rms' ? { top: y(spec.max), bottom: y(spec.min) } : null,
    ceiling: y(spec.peakMax),
    floorDb: PLOT_FLOOR_DB,
    ceilingDb: spec.peakMax,
    durationSeconds: measurements.durationSeconds,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
