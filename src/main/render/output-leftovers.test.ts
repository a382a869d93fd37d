import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stagedName, sweepOutputLeftovers, UNOWNED_SAFE_AGE_MS, workDirPrefix } from './output-leftovers';

/** The id of a process that has ended: a child that ran and exited. */
function endedPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

const dirs: string[] = [];
function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-leftovers-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('sweepOutputLeftovers', () => {
  it('removes the working folder and staged outputs of a render whose process has ended', () => {
    const out = outDir();
    const dead = endedPid();
    mkdirSync(join(out, `.dramatis-render-${dead}-aB3dE9`));
    writeFileSync(join(out, `.dramatis-render-${dead}-aB3dE9`, 'chapter.pcm'), Buffer.alloc(1024));
    writeFileSync(join(out, `.Book.m4b.${dead}-0123456789.partial`), 'half');
    writeFileSync(join(out, 'Book.m4b'), 'final');
    expect(sweepOutputLeftovers(out)).toEqual({ removed: 2 });
    expect(readdirSync(out)).toEqual(['Book.m4b']);
  });

  it('keeps what a running process is writing, its own names included', () => {
    const out = outDir();
    const work = mkdtempSync(workDirPrefix(out));
    const staged = join(out, stagedName('01 Stave One.mp3'));
    writeFileSync(staged, 'writing');
    expect(sweepOutputLeftovers(out)).toEqual({ removed: 0 });
    expect(existsSync(work) && existsSync(staged)).toBe(true);
  });

  it('removes names without an owner only once they are a day old', () => {
    const out = outDir();
    const fresh = join(out, '.dramatis-render-Qw12Er');
    const old = join(out, '.dramatis-render-Zx34Cv');
    mkdirSync(fresh);
    mkdirSync(old);
    const dayAgo = (Date.now() - UNOWNED_SAFE_AGE_MS - 60_000) / 1000;
    utimesSync(old, dayAgo, dayAgo);
    expect(sweepOutputLeftovers(out)).toEqual({ removed: 1 });
    expect(readdirSync(out)).toEqual(['.dramatis-render-Qw12Er']);
  });

  it('never follows a link, never goes below the folder and leaves other names alone', () => {
    const out = outDir();
    const elsewhere = outDir();
    writeFileSync(join(elsewhere, 'keep.txt'), 'mine');
    const dead = endedPid();
    symlinkSync(elsewhere, join(out, `.dramatis-render-${dead}-Lnk001`));
    mkdirSync(join(out, 'sub'));
    writeFileSync(join(out, 'sub', `.x.mp3.${dead}-0123456789.partial`), 'nested');
    writeFileSync(join(out, `.dramatis-render-${dead}-aB3dE9`), 'a file, not a working folder');
    writeFileSync(join(out, 'notes.partial'), 'the user’s own');
    expect(sweepOutputLeftovers(out)).toEqual({ removed: 0 });
    expect(readdirSync(elsewhere)).toEqual(['keep.txt']);
    expect(readdirSync(join(out, 'sub'))).toHaveLength(1);
    expect(readdirSync(out)).toHaveLength(4);
  });

  it('does nothing for a folder that does not exist', () => {
    expect(sweepOutputLeftovers(join(outDir(), 'missing'))).toEqual({ removed: 0 });
  });
});
