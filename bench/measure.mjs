// Runs commands several times and reports each one's median wall time and peak memory (max RSS, from
// GNU time when present, which counts every thread of the process).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

export function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Runs the commands in turn, round after round, so that a slow spell of the machine falls on all of
 * them alike: a ratio of two commands measured one after the other would take the drift for a
 * difference between them.
 */
export function measureAlternating(commands, { runs = 5, warmup = 1 } = {}) {
  const results = commands.map(() => ({ times: [], peakKb: null }));
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-bench-'));
  const rssFile = join(dir, 'rss');
  const useTime = existsSync(GNU_TIME);
  try {
    for (let i = 0; i < warmup + runs; i++) {
      commands.forEach(({ command, args }, k) => {
        const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
        const start = process.hrtime.bigint();
        const result = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
        if (i < warmup) return;
        const r = results[k];
        r.times.push(ms);
        if (useTime) r.peakKb = Math.max(r.peakKb ?? 0, Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)));
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results.map(({ times, peakKb }) => {
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)], minMs: times[0], peakMb: peakKb === null ? null : peakKb / 1024 };
  });
}
