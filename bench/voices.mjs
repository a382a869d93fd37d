// Voice synthesis: throughput with two workers against one, first audio of an auditioned line, and
// the real-time factor of each engine (see bench/voices/measure-voices.ts for the targets and for
// measuring real Piper and Kokoro models).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function voices({ root, runs }) {
  const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'bench/voices/measure-voices.ts'), '--json', '--runs', String(runs)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  let rows;
  try {
    rows = JSON.parse(last);
  } catch {
    rows = [{ measure: 'voices bench failed', value: null, unit: '', target: '', pass: false, error: run.stderr.slice(-2000) }];
  }
  console.log('Voices (targets: 2 workers >= 1.7 x 1 worker on two cores; first audio <= 300 ms; RTF below 1 is faster than real time)');
  console.table(rows);
  return rows;
}
