import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ffmpegSkipReason, hasFfmpeg } from '../render-job/testing/render-fixture';
import { runRenderCommand } from './render-command';
import { runCli } from './run-cli';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: async (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'dramatis-cli-render-'));
const book = join(dir, 'tale.txt');
writeFileSync(book, 'The Tale\n\nby Ann Author\n\nCHAPTER I.\n\nIt was a dark night.\n\nCHAPTER II.\n\n“Morning came,” said Ann.\n');

let cacheBefore: string | undefined;
beforeAll(() => {
  cacheBefore = process.env.DRAMATIS_CACHE_DIR;
  process.env.DRAMATIS_CACHE_DIR = join(dir, 'cache');
});
afterAll(() => {
  if (cacheBefore === undefined) delete process.env.DRAMATIS_CACHE_DIR;
  else process.env.DRAMATIS_CACHE_DIR = cacheBefore;
});

describe('render', () => {
  it.skipIf(!hasFfmpeg)(`renders a manuscript with the default voice and prints the pre-flight table${hasFfmpeg ? '' : ` (skipped: ${ffmpegSkipReason})`}`, async () => {
    const out = join(dir, 'out');
    const first = await cli(['render', book, '--out', out, '--format', 'mp3', '--target', 'ebu', '--chapters', '2,3']);
    expect(first.stderr).toMatch(/^Project: .*cache\/projects\/[0-9a-f]{16} tale\.dramatis$/m);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Pre-flight against EBU R128');
    expect(first.stdout).toMatch(/02 CHAPTER I\.mp3 .* (pass|FAIL)/);
    expect(first.stdout).toContain('ACX accepts synthetic narration only where Audible authorises it');
    // Plain progress lines when stderr is not a terminal.
    expect(first.stderr).toMatch(/^\d+% Synthesising .* \d+\/\d+ segments/m);
    expect(first.stderr).not.toContain('\r');
    const firstBlocks = /^(\d+) blocks? encoded, (\d+) reused$/m.exec(first.stderr);
    expect(firstBlocks, first.stderr).not.toBeNull();
    expect(Number(firstBlocks![1]), 'a first render encodes its blocks').toBeGreaterThan(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.mp3')).sort()).toEqual([
      '01 Opening Credits.mp3',
      '02 CHAPTER I.mp3',
      '03 CHAPTER II.mp3',
      '04 Closing Credits.mp3',
      'The Tale - Retail Sample.mp3',
    ]);

    // The same file again opens the same project: nothing to synthesise, nothing to write.
    const again = await cli(['render', book, '--out', out, '--format', 'mp3', '--target', 'ebu', '--chapters', '2,3']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('0 lines synthesised');
    // Nothing to write: no file was joined, so no block was encoded or reused.
    expect(again.stderr).toMatch(/^0 blocks encoded, 0 reused$/m);

    // On a terminal, one bar redrawn in place.
    let stderr = '';
    const code = await runRenderCommand([book, '--out', out, '--format', 'mp3', '--target', 'ebu', '--chapters', '2,3'], { stdout: async () => undefined, stderr: (t) => void (stderr += t) }, { tty: true });
    expect(code).toBe(0);
    // ESC [ K clears the line before the bar is drawn again.
    expect(stderr).toMatch(new RegExp(`\r${String.fromCharCode(27)}\\[K\\[#*-*\\] +\\d+% `));
  });

  it('refuses bad arguments and missing input with exit 2 and a sentence', async () => {
    expect((await cli(['render', book])).stderr).toMatch(/--out DIR/);
    expect((await cli(['render', book, '--out', dir, '--format', 'wav'])).code).toBe(2);
    expect((await cli(['render', book, '--out', dir, '--target', 'loud'])).code).toBe(2);
    expect((await cli(['render', book, '--out', dir, '--chapters', 'one'])).code).toBe(2);
    const missing = await cli(['render', join(dir, 'nope.epub'), '--out', dir]);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringMatching(/could not be found/) });
    const noProject = await cli(['render', join(dir, 'nope.dramatis'), '--out', dir]);
    expect(noProject).toMatchObject({ code: 2, stderr: expect.stringMatching(/does not exist/) });
    expect(existsSync(join(dir, 'nope.dramatis'))).toBe(false);
    const help = await cli(['render', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: dramatis render');
  });

  it.skipIf(!hasFfmpeg)(`refuses a chapter the book does not have${hasFfmpeg ? '' : ` (skipped: ${ffmpegSkipReason})`}`, async () => {
    const run = await cli(['render', book, '--out', join(dir, 'none'), '--chapters', '99']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/There is no chapter 99: the book has \d+\./);
  });
});
