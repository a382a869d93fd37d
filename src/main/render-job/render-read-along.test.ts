import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ZipArchive } from '../import/zip/zip-archive';
import { epubcheckSkipReason, hasEpubcheck, runEpubcheck } from '../export/read-along/testing/epubcheck';
import { ProjectSession } from '../project/project-session';
import { corpusProject } from '../script/testing/projects';
import { corpusSkipReason, hasCorpus } from '../testing/corpus';
import { PauseGate } from './pause-gate';
import { renderProject } from './render-project';
import { countingSynthesis, ffmpegSkipReason, hasFfmpeg, renderEnvironment, renderRequest, segmentAudioWith, tempDir } from './testing/render-fixture';

const sessions: ProjectSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

const skip = !hasFfmpeg || !hasCorpus;
const reason = !hasFfmpeg ? ffmpegSkipReason : corpusSkipReason;

describe.skipIf(skip)(skip ? `the read-along EPUB of a render (skipped: ${reason})` : 'the read-along EPUB of a render', () => {
  it('makes an EPUB 3 with media overlays from a rendered chapter of an EPUB book', async () => {
    const session = ProjectSession.open(await corpusProject('epub/idpf-georgia-pls-ssml.epub'));
    sessions.push(session);
    const chapter = session.summary().chapters.find((c) => c.title === 'Population');
    expect(chapter).toBeDefined();
    const outDir = tempDir('render-read-along');
    const { summary } = await renderProject(
      renderEnvironment(session, segmentAudioWith(countingSynthesis().synthesize)),
      renderRequest(outDir, { formats: ['epub'], chapterIds: [chapter!.id] }),
      { signal: new AbortController().signal, gate: new PauseGate(), progress: () => undefined },
    );
    expect(summary.failed).toEqual([]);
    expect(readdirSync(outDir)).toEqual(['Georgia - Read-Along.epub']);
    const zip = ZipArchive.open(new Uint8Array(readFileSync(join(outDir, 'Georgia - Read-Along.epub'))));
    expect(zip.names.filter((n) => n.endsWith('.smil'))).toHaveLength(1);
    expect(zip.names.filter((n) => n.endsWith('.mp3'))).toHaveLength(1);
    const smil = zip.readText(zip.names.find((n) => n.endsWith('.smil'))!)!;
    const segments = (session.db.prepare('SELECT count(*) AS n FROM segments WHERE chapter_id = ?').get(chapter!.id) as { n: number }).n;
    expect(summary.warnings).toEqual([]);
    expect((smil.match(/<par /g) ?? []).length).toBeGreaterThanOrEqual(segments);

    if (hasEpubcheck) {
      const { messages } = await runEpubcheck(join(outDir, 'Georgia - Read-Along.epub'));
      expect(messages.filter((m) => m.severity === 'ERROR' || m.severity === 'FATAL')).toEqual([]);
    } else {
      console.warn(`epubcheck not run: ${epubcheckSkipReason}`);
    }
  }, 240_000);
});
