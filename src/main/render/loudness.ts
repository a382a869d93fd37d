/**
 * Loudness normalisation by measured gain and a limiter: the chapter is measured once (RMS for ACX,
 * integrated loudness for the LUFS targets), moved to the target by a fixed gain, and its peaks held
 * under the target's ceiling by a look-ahead limiter. A fixed gain keeps the narration's own dynamics,
 * which a dynamic normaliser would flatten.
 */
import { LOUDNESS_TARGETS, type LoudnessTargetId } from '../../shared/render';

export interface LoudnessReading {
  rmsDb: number;
  /** Integrated loudness; needed for the LUFS targets only. */
  integratedLufs: number | null;
}

export interface GainPlan {
  gainDb: number;
  /** Sample-peak ceiling for the limiter, dBFS. */
  ceilingDb: number;
}

/**
 * Ceilings sit under the targets' peak limits because lossy encoding adds a little overshoot:
 * ACX checks sample peaks of the decoded MP3 against -3 dB, the LUFS targets true peaks against -1 dBTP.
 */
export const LIMITER_CEILING_DB: Record<LoudnessTargetId, number> = { acx: -3.6, 'ebu-r128': -2.2, podcast: -2.2 };

/** A silent or near-silent chapter is left alone rather than amplified into noise. */
const QUIETEST_MEASURABLE_DB = -70;
const MAX_BOOST_DB = 40;

export function gainFor(target: LoudnessTargetId, reading: LoudnessReading): GainPlan {
  const spec = LOUDNESS_TARGETS[target];
  const measured = spec.measure === 'rms' ? reading.rmsDb : reading.integratedLufs;
  const ceilingDb = LIMITER_CEILING_DB[target];
  if (measured === null || !Number.isFinite(measured) || measured <= QUIETEST_MEASURABLE_DB) return { gainDb: 0, ceilingDb };
  return { gainDb: Math.min(MAX_BOOST_DB, spec.level - measured), ceilingDb };
}

export function dbToLinear(db: number): number {
  return 10 ** (db / 20);
}
