import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built command line (`npm run build`), run as a user would run it. */
export const builtCli = fileURLToPath(new URL('../../../out/main/cli.js', import.meta.url));
export const hasBuiltCli = existsSync(builtCli);
export const builtCliSkipReason = `the built CLI is missing at ${builtCli}: run \`npm run build\` first (npm test does)`;
const rssReporter = fileURLToPath(new URL('./peak-rss-reporter.mjs', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  peakRssMb: number | null;
}

/** Runs the CLI with a wall-clock limit, reporting its exit code, output, time and peak memory. */
export function runBuiltCli(args: string[], timeoutMs = 20_000): Promise<CliRun> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', rssReporter, builtCli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8');
      const rss = /peak-rss-kb (\d+)/.exec(stderr);
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: stderr.replace(/\npeak-rss-kb \d+\n/, ''),
        ms: performance.now() - started,
        peakRssMb: rss ? Number(rss[1]) / 1024 : null,
      });
    });
  });
}
