import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ProjectSession } from '../project/project-session';
import { ScriptEditor } from './script-editor';
import { lineOf } from './testing/line-of';
import { openEditor } from './testing/snapshot';
import { tinyBook } from './testing/tiny-book';

const child = fileURLToPath(new URL('./testing/edit-then-wait.ts', import.meta.url));

describe('an edit shown as done', () => {
  it('is in the project after the process is killed right after it', async () => {
    const path = tinyBook();
    const { session, editor } = openEditor(path);
    const gladly = lineOf(editor.book()[0]!, 'Gladly.');
    const lizzy = editor.cast().find((c) => c.name === 'Elizabeth')!.id;
    session.close();

    const proc = spawn(process.execPath, ['--import', 'tsx', child, path, String(gladly.id), String(lizzy)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => proc.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      proc.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('done')) resolve();
      });
      proc.on('exit', () => reject(new Error(`the child ended before its edit: ${stderr}`)));
    });
    proc.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // The kill left the edit in the write-ahead log: nothing closed or checkpointed the database.
    expect(existsSync(`${path}-wal`)).toBe(true);

    const reopened = ProjectSession.open(path);
    try {
      const fixed = new ScriptEditor(reopened.db).book()[0]!;
      expect(lineOf(fixed, 'Gladly.')).toMatchObject({ speakerId: lizzy, corrected: true });
      expect(reopened.integrityCheck()).toBe('ok');
    } finally {
      reopened.close();
    }
  }, 30_000);
});
