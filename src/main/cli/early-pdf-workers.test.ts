import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPdf } from '../import/pdf/testing/build-pdf';
import { startPdfWorkersEarly } from './early-pdf-workers';
import { runCli } from './run-cli';

const workerFile = fileURLToPath(new URL('../jobs/worker-entry.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dramatis-early-'));
const pdf = join(dir, 'tale.pdf');
writeFileSync(pdf, buildPdf({ pages: [{ texts: [{ text: 'Chapter One', x: 50, y: 80, size: 18 }, { text: 'It was a dark night, and the rain fell.', x: 50, y: 120, size: 11 }] }] }));
const text = join(dir, 'tale.txt');
writeFileSync(text, 'CHAPTER I.\n\nIt was a dark night.\n');

async function cli(args: string[], pool: ReturnType<typeof startPdfWorkersEarly>): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await runCli(args, { stdout: async (t) => void (stdout += t), stderr: () => undefined }, { pool });
  return { code, stdout };
}

describe('startPdfWorkersEarly', () => {
  it('starts the asked number of workers for a PDF, and the command reads it with them', async () => {
    const args = ['analyze', pdf, '--format', 'json', '--workers', '2'];
    const pool = startPdfWorkersEarly(args, workerFile);
    expect(pool?.workerCount).toBe(2);
    const early = await cli(args, pool);
    expect(pool?.workerCount).toBe(0);
    const inline = await cli(args, undefined);
    expect(early.code).toBe(0);
    expect(early.stdout).toBe(inline.stdout);
    expect(early.stdout).toContain('It was a dark night, and the rain fell.');
  });

  it('starts nothing for other formats, missing files, help and usage errors', () => {
    for (const args of [['analyze', text, '--format', 'json'], ['analyze', join(dir, 'missing.pdf')], ['analyze', pdf, '--help'], ['analyze', pdf, '--format', 'xml'], ['render', pdf], ['analyze', pdf, '--bogus']]) {
      expect(startPdfWorkersEarly(args, workerFile), args.join(' ')).toBeUndefined();
    }
  });
});
