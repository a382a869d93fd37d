/**
 * The gain a file part keeps from one export to the next. A part is re-measured on every export, but
 * while its level with the previous gain is still within a small tolerance of the target, that gain
 * is kept: a one-line edit moves a chapter's level by hundredths of a dB, and a new gain would make
 * every block of the chapter (whose encodings depend on it) stale.
 */
import type Database from 'better-sqlite3';
import { LOUDNESS_TARGETS, type LoudnessTargetId } from '../../shared/render';
import { statement } from '../script/statements';

/** How far from the target's level a kept gain may leave a part (well inside every target's range). */
export const KEPT_GAIN_TOLERANCE_DB = 0.5;

export function stableGain(target: LoudnessTargetId, levelDb: number | null, measuredGainDb: number, previousGainDb: number | null): number {
  if (previousGainDb === null || levelDb === null) return measuredGainDb;
  const reached = levelDb + previousGainDb;
  return Math.abs(reached - LOUDNESS_TARGETS[target].level) <= KEPT_GAIN_TOLERANCE_DB ? previousGainDb : measuredGainDb;
}

export class UnitGainStore {
  constructor(private readonly db: Database.Database) {}

  gainOf(unit: string, part: number, target: LoudnessTargetId): number | null {
    const row = statement(this.db, 'SELECT gain_db FROM render_gains WHERE unit = ? AND part = ? AND target = ?').get(unit, part, target) as { gain_db: number } | undefined;
    return row?.gain_db ?? null;
  }

  record(entries: ReadonlyArray<{ unit: string; part: number; target: LoudnessTargetId; gainDb: number }>): void {
    const upsert = statement(
      this.db,
      `INSERT INTO render_gains (unit, part, target, gain_db) VALUES (?, ?, ?, ?)
       ON CONFLICT (unit, part, target) DO UPDATE SET gain_db = excluded.gain_db`,
    );
    this.db.transaction(() => {
      for (const e of entries) upsert.run(e.unit, e.part, e.target, e.gainDb);
    })();
  }
}
