import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectSession } from '../project/project-session';
import { measureAudio } from '../render/measure-audio';
import { probeMedia } from '../render/probe-media';
import { ScriptEditor } from '../script/script-editor';
import { tinyBook } from '../script/testing/tiny-book';
import { audioCacheDir } from '../voices/segment-audio/audio-cache';
import { PauseGate } from './pause-gate';
import { renderProject } from './render-project';
import { countingSynthesis, ffmpegSkipReason, hasFfmpeg, renderEnvironment, renderRequest, segmentAudioWith, tempDir } from './testing/render-fixture';
import { UnitGainStore } from './unit-gains';

const sessions: ProjectSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

const control = () => ({ signal: new AbortController().signal, gate: new PauseGate(), progress: () => undefined });

/** The encoded blocks in a project's cache, by file name. */
function cachedBlocks(projectPath: string): string[] {
  const dir = join(audioCacheDir(projectPath), 'blocks');
  return readdirSync(dir).flatMap((d) => readdirSync(join(dir, d)).filter((f) => /\.(aac|mp3)$/.test(f)));
}

describe.skipIf(!hasFfmpeg)(hasFfmpeg ? 'exporting from cached blocks' : `exporting from cached blocks (skipped: ${ffmpegSkipReason})`, () => {
  it('after one edited line encodes only the blocks holding it, keeps the gains, and the MP3s carry the cover', async () => {
    const session = ProjectSession.open(tinyBook());
    sessions.push(session);
    const env = renderEnvironment(session, segmentAudioWith(countingSynthesis().synthesize));
    const outDir = tempDir('render-blocks');
    const request = renderRequest(outDir, { formats: ['m4b', 'mp3', 'vtt'] });
    const first = await renderProject(env, request, control());
    const blocksBefore = cachedBlocks(session.path);
    // In AAC and in MP3: the opening credits, chapter 1 (28 s: two blocks), chapter 2 and the closing credits.
    expect(blocksBefore).toHaveLength(10);
    const [, chapterTwo] = first.summary.chapterIds;
    const gains = new UnitGainStore(session.db);
    const gainBefore = gains.gainOf(String(chapterTwo), 0, 'acx');
    expect(gainBefore).not.toBeNull();

    const line = session.db.prepare("SELECT id FROM segments WHERE text = 'The walk to Meryton was short.'").get() as { id: number };
    new ScriptEditor(session.db).editText(line.id, 'The walk to Meryton was short indeed.');
    const edited = await renderProject(env, request, control());
    expect(edited.summary.synthesised).toBe(1);
    const added = cachedBlocks(session.path).filter((f) => !blocksBefore.includes(f));
    expect(added.map((f) => f.replace(/^.*\./, '')).sort(), 'one new block for the M4B and one for the chapter MP3').toEqual(['aac', 'mp3']);
    expect(gains.gainOf(String(chapterTwo), 0, 'acx')).toBe(gainBefore);

    for (const file of edited.report?.files ?? []) expect(file.checks.filter((c) => !c.pass), `${file.file} passes ACX`).toEqual([]);
    const mp3 = await probeMedia(env.ffprobePath, join(outDir, '03 Chapter 2.mp3'));
    expect(mp3.images).toEqual([{ codec: 'png', attachedPic: true }]);
    const sample = await probeMedia(env.ffprobePath, join(outDir, 'Hand Made - Retail Sample.mp3'));
    expect(sample.images).toEqual([{ codec: 'png', attachedPic: true }]);
    expect(mp3.tags).toMatchObject({ title: 'Chapter 2', track: '3/4' });
    const m4b = await probeMedia(env.ffprobePath, join(outDir, 'Hand Made.m4b'));
    expect(m4b.chapters.map((c) => c.title)).toEqual(['Opening Credits', 'Chapter 1', 'Chapter 2', 'Closing Credits']);
    expect(Math.abs(m4b.chapters.at(-1)!.end - m4b.durationSeconds)).toBeLessThan(0.05);
    expect(readFileSync(join(outDir, '03 Chapter 2.vtt'), 'utf8')).toContain('short indeed');
  });

  it('reaches a LUFS target, its integrated loudness summed from the blocks, as a measure of the whole file confirms', async () => {
    const session = ProjectSession.open(tinyBook());
    sessions.push(session);
    const env = renderEnvironment(session, segmentAudioWith(countingSynthesis().synthesize));
    const outDir = tempDir('render-blocks-lufs');
    const { report } = await renderProject(env, renderRequest(outDir, { formats: ['m4b'], target: 'ebu-r128' }), control());
    const m4b = report!.files[0]!;
    expect(m4b.checks.filter((c) => !c.pass)).toEqual([]);
    const whole = await measureAudio(env.ffmpegPath, { kind: 'file', path: join(outDir, 'Hand Made.m4b'), sampleRate: 44100 }, { detail: true, loudness: true });
    expect(Math.abs(m4b.measurements.integratedLufs! - whole.ebur128!.integratedLufs)).toBeLessThan(0.3);
    expect(Math.abs(m4b.measurements.truePeakDb! - whole.ebur128!.truePeakDb!)).toBeLessThan(0.3);
  });
});
