import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { probeMedia } from '../render/probe-media';
import { ProjectSession } from '../project/project-session';
import { ScriptEditor } from '../script/script-editor';
import { tinyBook } from '../script/testing/tiny-book';
import { PauseGate } from './pause-gate';
import { renderProject } from './render-project';
import { RenderStateStore } from './render-state-store';
import { countingSynthesis, ffmpegSkipReason, hasFfmpeg, renderEnvironment, renderRequest, segmentAudioWith, tempDir } from './testing/render-fixture';

const sessions: ProjectSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

function open(path = tinyBook()): ProjectSession {
  const session = ProjectSession.open(path);
  sessions.push(session);
  return session;
}

const control = () => ({ signal: new AbortController().signal, gate: new PauseGate(), progress: () => undefined });

describe.skipIf(!hasFfmpeg)(hasFfmpeg ? 'rendering a project' : `rendering a project (skipped: ${ffmpegSkipReason})`, () => {
  it('renders a small book to an M4B with a chapter per chapter, MP3s to the ACX format and captions, and checks them', async () => {
    const session = open();
    const synthesis = countingSynthesis();
    const outDir = tempDir('render-out');
    const { summary, report } = await renderProject(
      renderEnvironment(session, segmentAudioWith(synthesis.synthesize)),
      renderRequest(outDir, { formats: ['m4b', 'mp3', 'vtt'] }),
      control(),
    );

    // 2 titles + 15 segments + 5 credit lines, with no line said twice.
    expect(synthesis.requests.length).toBe(summary.synthesised);
    expect(summary.synthesised).toBeGreaterThanOrEqual(20);
    expect(summary.failed).toEqual([]);
    const files = readdirSync(outDir).sort();
    expect(files.filter((f) => f.startsWith('.'))).toEqual([]);
    expect(files).toEqual(
      [
        'Hand Made.m4b',
        'Hand Made - Retail Sample.mp3',
        '1 Opening Credits.mp3',
        '1 Opening Credits.vtt',
        '2 Chapter 1.mp3',
        '2 Chapter 1.vtt',
        '3 Chapter 2.mp3',
        '3 Chapter 2.vtt',
        '4 Closing Credits.mp3',
        '4 Closing Credits.vtt',
      ]
        .map((f) => f.replace(/^(\d) /, '0$1 '))
        .sort(),
    );
    expect(summary.files.sort()).toEqual(files);

    const m4b = await probeMedia(renderEnvironment(session, segmentAudioWith(synthesis.synthesize)).ffprobePath, join(outDir, 'Hand Made.m4b'));
    expect(m4b.chapters.map((c) => c.title)).toEqual(['Opening Credits', 'Chapter 1', 'Chapter 2', 'Closing Credits']);
    expect(m4b.audio).toMatchObject({ codec: 'aac', channels: 1, sampleRate: 44100 });
    expect(m4b.tags).toMatchObject({ title: 'Hand Made', artist: 'Tester', composer: 'Dramatis (synthetic voices: eSpeak NG)' });
    expect(m4b.images).toHaveLength(1);

    const chapter = await probeMedia(renderEnvironment(session, segmentAudioWith(synthesis.synthesize)).ffprobePath, join(outDir, '02 Chapter 1.mp3'));
    expect(chapter.audio).toMatchObject({ codec: 'mp3', channels: 1, sampleRate: 44100 });
    expect(chapter.tags).toMatchObject({ title: 'Chapter 1', album: 'Hand Made', track: '2/4' });

    const vtt = readFileSync(join(outDir, '02 Chapter 1.vtt'), 'utf8');
    expect(vtt.startsWith('WEBVTT')).toBe(true);
    expect(vtt).toContain('It was a bright morning at Longbourn.');
    expect(vtt).toContain('Wait for me!');

    expect(report?.files.map((f) => f.file).sort()).toEqual(files.filter((f) => !f.endsWith('.vtt')).sort());
    // ACX takes the MP3s: each is checked against its loudness, peak and format.
    for (const file of report?.files.filter((f) => f.file.endsWith('.mp3')) ?? []) {
      expect(file.checks.filter((c) => !c.pass), `${file.file} passes ACX`).toEqual([]);
    }
    expect(new RenderStateStore(session.db).lastRun()?.report).toEqual(report);
    expect(session.integrityCheck()).toBe('ok');
  });

  it('after one line is edited, synthesises that line only and assembles only its chapter again', async () => {
    const session = open();
    const synthesis = countingSynthesis();
    const env = renderEnvironment(session, segmentAudioWith(synthesis.synthesize));
    const outDir = tempDir('render-incremental');
    const request = renderRequest(outDir, { formats: ['mp3', 'vtt'] });
    const first = await renderProject(env, request, control());
    expect(first.summary.assembledChapters).toHaveLength(2);
    const [chapterOne, chapterTwo] = first.summary.chapterIds;
    const mp3Times = (): Record<string, number> => Object.fromEntries(readdirSync(outDir).map((f) => [f, statSync(join(outDir, f)).mtimeMs]));
    const before = mp3Times();

    const again = await renderProject(env, request, control());
    expect(again.summary.synthesised, 'nothing changed: nothing synthesised').toBe(0);
    expect(again.summary.assembledChapters, 'nothing changed: nothing assembled').toEqual([]);
    expect(mp3Times()).toEqual(before);
    expect(again.report?.files.length).toBe(first.report?.files.length);

    const line = session.db.prepare("SELECT id FROM segments WHERE text = 'The walk to Meryton was short.'").get() as { id: number };
    new ScriptEditor(session.db).editText(line.id, 'The walk to Meryton was pleasantly short.');
    const count = synthesis.requests.length;
    const edited = await renderProject(env, request, control());
    expect(synthesis.requests.length - count).toBe(1);
    expect(synthesis.requests.at(-1)?.parts).toEqual([{ text: 'The walk to Meryton was pleasantly short.' }]);
    expect(edited.summary.synthesised).toBe(1);
    expect(edited.summary.assembledChapters).toEqual([chapterTwo]);
    const after = mp3Times();
    expect(after['02 Chapter 1.mp3']).toBe(before['02 Chapter 1.mp3']);
    expect(after['02 Chapter 1.vtt']).toBe(before['02 Chapter 1.vtt']);
    expect(after['03 Chapter 2.mp3']).toBeGreaterThan(before['03 Chapter 2.mp3']!);
    expect(readFileSync(join(outDir, '03 Chapter 2.vtt'), 'utf8')).toContain('pleasantly short');
    expect(chapterOne).not.toBe(chapterTwo);
  });

  it('leaves out a chapter whose line could not be synthesised, names the line, and exports the rest', async () => {
    const session = open();
    const synthesis = countingSynthesis((request) => request.parts.some((p) => (p.text ?? '').includes('officers')));
    const outDir = tempDir('render-failed');
    const { summary } = await renderProject(
      { ...renderEnvironment(session, segmentAudioWith(synthesis.synthesize)) },
      renderRequest(outDir, { formats: ['mp3'] }),
      control(),
    );
    expect(summary.failed).toEqual([
      expect.objectContaining({ chapterTitle: 'Chapter 2', label: '“Look, the officers!”', reason: 'the engine gave up on this line' }),
    ]);
    // Tried three times before giving up.
    expect(synthesis.requests.filter((r) => r.parts.some((p) => (p.text ?? '').includes('officers')))).toHaveLength(3);
    expect(summary.files.some((f) => f.includes('Chapter 1'))).toBe(true);
    expect(summary.files.some((f) => f.includes('Chapter 2'))).toBe(false);
    expect(existsSync(join(outDir, '02 Chapter 1.mp3'))).toBe(true);
  });

  it('refuses a read-along EPUB for a book that was not an EPUB, and captions without audio', async () => {
    const session = open();
    const env = renderEnvironment(session, segmentAudioWith(countingSynthesis().synthesize));
    await expect(renderProject(env, renderRequest(tempDir('x'), { formats: ['epub'] }), control())).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    await expect(renderProject(env, renderRequest(tempDir('x'), { formats: ['vtt'] }), control())).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
  });
});
