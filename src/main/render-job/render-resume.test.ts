import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectSession } from '../project/project-session';
import { tinyBook } from '../script/testing/tiny-book';
import { AudioCache, audioCacheDir } from '../voices/segment-audio/audio-cache';
import { PauseGate } from './pause-gate';
import { prepareItems } from './prepare-items';
import { readRenderChapters } from './render-chapters';
import { renderProject } from './render-project';
import { countingSynthesis, ffmpegSkipReason, hasFfmpeg, renderEnvironment, renderRequest, segmentAudioWith, tempDir } from './testing/render-fixture';

// The loader in this very process: tsx's command line would run the script in a grandchild that a kill would miss.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
const child = fileURLToPath(new URL('./testing/render-child.ts', import.meta.url));

const sessions: ProjectSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

/** Runs the render in a child process and kills it (SIGKILL) once `after` lines are done. */
function renderAndKill(projectPath: string, outDir: string, after: number): Promise<{ killedAt: number; finished: boolean }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', tsxLoader, child, projectPath, outDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffered = '';
    let killedAt = -1;
    let finished = false;
    let stderr = '';
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      for (const line of buffered.split('\n').slice(0, -1)) {
        if (line === 'finished') finished = true;
        const done = /^done (\d+)$/.exec(line);
        if (done && Number(done[1]) >= after && killedAt < 0) {
          killedAt = Number(done[1]);
          proc.kill('SIGKILL');
        }
      }
      buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
    });
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`the render process failed (${code}): ${stderr}`));
      else resolve({ killedAt, finished });
    });
  });
}

describe.skipIf(!hasFfmpeg)(hasFfmpeg ? 'resuming a render' : `resuming a render (skipped: ${ffmpegSkipReason})`, () => {
  it('killed mid-render and reopened, synthesises none of the finished lines again, and the project passes its integrity check', async () => {
    const projectPath = tinyBook();
    const outDir = tempDir('render-killed');
    const { killedAt, finished } = await renderAndKill(projectPath, outDir, 6);
    expect(finished, 'the render was killed before it finished').toBe(false);
    expect(killedAt).toBeGreaterThanOrEqual(6);

    const session = ProjectSession.open(projectPath);
    sessions.push(session);
    expect(session.integrityCheck()).toBe('ok');
    const chapters = readRenderChapters(session.db);
    const synthesis = countingSynthesis();
    const segmentAudio = segmentAudioWith(synthesis.synthesize);
    const { items } = prepareItems(session.db, chapters, session.book(), segmentAudio);
    const total = new Set(items.map((i) => i.prepared.key)).size;
    const recorded = (session.db.prepare('SELECT (SELECT count(*) FROM render_segments) + (SELECT count(*) FROM render_titles) AS n').get() as { n: number }).n;
    const cache = new AudioCache(audioCacheDir(projectPath));
    const inCache = new Set(items.filter((i) => cache.has(i.prepared.key)).map((i) => i.prepared.key)).size;
    expect(recorded).toBeGreaterThanOrEqual(killedAt);
    // A line stored but not yet recorded when the kill came is found in the cache all the same.
    expect(inCache - recorded).toBeGreaterThanOrEqual(0);
    expect(inCache - recorded).toBeLessThanOrEqual(1);

    const { summary } = await renderProject(renderEnvironment(session, segmentAudio), renderRequest(outDir, { formats: ['m4b'] }), {
      signal: new AbortController().signal,
      gate: new PauseGate(),
      progress: () => undefined,
    });
    expect(synthesis.requests).toHaveLength(total - inCache);
    expect(summary.synthesised).toBe(total - inCache);
    expect(summary.failed).toEqual([]);
    expect(existsSync(`${outDir}/Hand Made.m4b`)).toBe(true);
    expect(session.integrityCheck()).toBe('ok');
  }, 120_000);
});
