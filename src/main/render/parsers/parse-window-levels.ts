import { parseDb } from './parse-astats';

/**
 * RMS per fixed window, as printed by `asetnsamples` + `astats=metadata=1:reset=1` + `ametadata=print`:
 * pairs of `frame:N pts:P pts_time:T` and `lavfi.astats.Overall.RMS_level=X` lines from one instance.
 */
export interface WindowLevel {
  timeSeconds: number;
  rmsDb: number;
}

export function parseWindowLevels(log: string, instance: string): WindowLevel[] {
  const prefix = `[${instance} @ `;
  const levels: WindowLevel[] = [];
  let time: number | null = null;
  for (const line of log.split('\n')) {
    if (!line.startsWith(prefix)) continue;
    const text = line.slice(line.indexOf('] ') + 2);
    const at = /pts_time:(\S+)/.exec(text);
    if (at) {
      time = Number.parseFloat(at[1]!);
      continue;
    }
    const level = /lavfi\.astats\.Overall\.RMS_level=(\S+)/.exec(text);
    if (level && time !== null) {
      levels.push({ timeSeconds: time, rmsDb: parseDb(level[1]!) });
      time = null;
    }
  }
  return levels;
}
