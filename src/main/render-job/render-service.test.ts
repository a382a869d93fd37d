import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobEvent } from '../../shared/progress';
import { JobRunner } from '../jobs/job-runner';
import { ProjectSession } from '../project/project-session';
import { ScriptEditor } from '../script/script-editor';
import { tinyBook } from '../script/testing/tiny-book';
import { audioCacheDir } from '../voices/segment-audio/audio-cache';
import { RenderService } from './render-service';
import { countingSynthesis, ffmpegSkipReason, hasFfmpeg, renderEnvironment, segmentAudioWith, tempDir } from './testing/render-fixture';

const sessions: ProjectSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

/** A render service over a tiny book, with slow synthesis so there is time to pause and cancel. */
function serviceFor(delayMs = 40) {
  const session = ProjectSession.open(tinyBook());
  sessions.push(session);
  const events: JobEvent[] = [];
  const listeners: Array<(event: JobEvent) => void> = [];
  const jobs = new JobRunner((event) => {
    events.push(event);
    for (const l of listeners) l(event);
  }, 0);
  const synthesis = countingSynthesis();
  const slow = segmentAudioWith(async (request, signal) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return synthesis.synthesize(request, signal);
  });
  const env = renderEnvironment(session, slow);
  const service = new RenderService({
    jobs,
    watchJobs: (listener) => listeners.push(listener),
    watchProject: () => undefined,
    project: () => session,
    segmentAudio: slow,
    concurrency: 1,
    tools: () => ({ ffmpegPath: env.ffmpegPath, ffprobePath: env.ffprobePath }),
  });
  const progressed = (predicate: (current: number, title: string) => boolean): Promise<void> =>
    new Promise((resolve) => listeners.push((e) => e.type === 'progress' && predicate(e.progress.current, e.progress.title) && resolve()));
  return { session, service, synthesis, events, progressed };
}

describe.skipIf(!hasFfmpeg)(hasFfmpeg ? 'render jobs' : `render jobs (skipped: ${ffmpegSkipReason})`, () => {
  it('pause holds a render where it is, and resume finishes it without redoing anything', async () => {
    const { service, synthesis, progressed, events } = serviceFor();
    const outDir = tempDir('render-pause');
    const started = service.start({ formats: ['m4b'], target: 'acx', outDir });
    await progressed((current, title) => title.startsWith('Synthesising') && current >= 4);
    expect(service.pause(started.jobId)).toBe(true);
    expect(service.pause(started.jobId), 'a second pause changes nothing').toBe(false);
    const atPause = synthesis.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    // The line under way when the pause came may finish; nothing new starts.
    expect(synthesis.requests.length - atPause).toBeLessThanOrEqual(1);
    const held = synthesis.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(synthesis.requests.length).toBe(held);
    expect(service.state().job).toMatchObject({ jobId: started.jobId, paused: true });
    expect(events.some((e) => e.type === 'progress' && e.progress.title === 'Paused')).toBe(true);
    expect(readdirSync(outDir)).toEqual([]);

    expect(service.resume(started.jobId)).toBe(true);
    const { summary } = await started.done;
    const keys = new Set(synthesis.requests.map((r) => JSON.stringify(r)));
    expect(keys.size, 'no line was synthesised twice').toBe(synthesis.requests.length);
    expect(summary.synthesised).toBe(synthesis.requests.length);
    expect(readdirSync(outDir)).toEqual(['Hand Made.m4b']);
    expect(service.state().job).toBeNull();
  });

  it('cancelled while synthesising or while encoding, leaves no file in the output folder', async () => {
    for (const when of ['Synthesising', 'Encoding'] as const) {
      const { service, progressed } = serviceFor(when === 'Synthesising' ? 40 : 0);
      const outDir = tempDir(`render-cancel-${when}`);
      const started = service.start({ formats: ['m4b', 'mp3'], target: 'acx', outDir });
      await progressed((current, title) => title.startsWith(when) && (when === 'Encoding' || current >= 3));
      expect(service.pause(started.jobId)).toBe(true);
      expect(service['options'].jobs.cancel(started.jobId)).toBe(true);
      await expect(started.done).rejects.toMatchObject({ code: 'CANCELLED' });
      expect(readdirSync(outDir), `nothing left after a cancel while ${when.toLowerCase()}`).toEqual([]);
    }
  });

  it('says what is rendered and what an edit made stale', async () => {
    const { session, service } = serviceFor(0);
    const before = service.state();
    expect(before.chapters.map((c) => [c.title, c.segments, c.rendered, c.stale])).toEqual([
      ['Chapter 1', 15, 0, 0],
      ['Chapter 2', 4, 0, 0],
    ]);
    expect(before.metadata).toMatchObject({ title: 'Hand Made', author: 'Tester', narrator: 'Dramatis (synthetic voices: eSpeak NG)' });
    expect(before.canExportEpub).toBe(false);
    await service.start({ formats: ['mp3'], target: 'acx', outDir: tempDir('render-state') }).done;
    const after = service.state();
    expect(after.chapters.map((c) => [c.rendered, c.stale, c.exported])).toEqual([
      [15, 0, true],
      [4, 0, true],
    ]);
    expect(after.preflight?.files.length).toBeGreaterThan(0);
    expect(after.last?.formats).toEqual(['mp3']);

    const line = session.db.prepare("SELECT id FROM segments WHERE text = 'The walk to Meryton was short.'").get() as { id: number };
    new ScriptEditor(session.db).editText(line.id, 'The walk was short.');
    expect(service.state().chapters.map((c) => [c.rendered, c.stale, c.exported])).toEqual([
      [15, 0, true],
      [3, 1, false],
    ]);
  });

  it('refuses a second render while one runs, and a relative output folder', () => {
    const { service } = serviceFor();
    expect(() => service.start({ formats: ['m4b'], target: 'acx', outDir: 'relative/folder' })).toThrow(/absolute path/);
    const started = service.start({ formats: ['m4b'], target: 'acx', outDir: tempDir('render-twice') });
    expect(() => service.start({ formats: ['m4b'], target: 'acx', outDir: tempDir('render-twice') })).toThrow(/already running/);
    service['options'].jobs.cancel(started.jobId);
    return expect(started.done).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('frees up space on request, never while a render of the project runs', async () => {
    const { service, session } = serviceFor(0);
    const started = service.start({ formats: ['m4b'], target: 'acx', outDir: tempDir('render-prune') });
    expect(() => service.pruneCache()).toThrow(/under way/);
    await started.done;
    const orphan = join(audioCacheDir(session.path), 'blocks', '00', `${'0'.repeat(64)}.aac`);
    mkdirSync(dirname(orphan), { recursive: true });
    writeFileSync(orphan, 'an old block');
    expect(service.pruneCache()).toEqual({ files: 1, bytes: 'an old block'.length });
    expect(existsSync(orphan)).toBe(false);
    expect(service.pruneCache(), 'nothing more to free').toEqual({ files: 0, bytes: 0 });
  });
});
