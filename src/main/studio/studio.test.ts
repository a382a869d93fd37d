import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../shared/errors';
import type { JobEvent } from '../../shared/progress';
import { corpusPath, corpusSkipReason, hasCorpus } from '../testing/corpus';
import { Studio } from './studio';

let studio: Studio;
afterEach(async () => studio?.dispose());

function newStudio(): { studio: Studio; root: string; events: JobEvent[] } {
  const root = mkdtempSync(join(tmpdir(), 'dramatis-studio-'));
  studio = new Studio({ paths: { dataDir: join(root, 'data'), projectsDir: join(root, 'projects') }, transport: 'http', version: 'test' });
  const events: JobEvent[] = [];
  studio.events.subscribe((event, payload) => {
    if (event === 'job') events.push(payload as JobEvent);
  });
  return { studio, root, events };
}

async function finished(events: JobEvent[], jobId: string): Promise<JobEvent> {
  await expect.poll(() => events.some((e) => e.type !== 'progress' && e.jobId === jobId), { timeout: 15_000 }).toBe(true);
  return events.find((e) => e.type !== 'progress' && e.jobId === jobId)!;
}

const tale = new TextEncoder().encode('The Tale\n\nCHAPTER I.\n\nIt was night.\n\nCHAPTER II.\n\nMorning came.\n');

describe('Studio', () => {
  it('imports into a new project file, opens it and lists it as recent', async () => {
    const { studio, root, events } = newStudio();
    const jobId = studio.startImport({ kind: 'bytes', name: 'tale.txt', data: tale });
    expect(await finished(events, jobId)).toMatchObject({ type: 'completed' });
    const summary = studio.currentProject!.summary();
    expect(summary.path).toBe(join(root, 'projects', `${summary.book.title}.dramatis`));
    expect(summary.chapters.filter((c) => c.included)).toHaveLength(2);
    expect(studio.recent.list().map((r) => r.path)).toEqual([summary.path]);
    expect(events.some((e) => e.type === 'progress' && e.progress.kind === 'import')).toBe(true);

    studio.closeProject();
    const reopened = studio.openProject(summary.path);
    expect(reopened.chapters).toEqual(summary.chapters);
  });

  it('reports a refused file as a failed job and writes no project', async () => {
    const { studio, root, events } = newStudio();
    const jobId = studio.startImport({ kind: 'bytes', name: 'x.docx', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) });
    expect(await finished(events, jobId)).toMatchObject({ type: 'failed', error: { code: 'UNSUPPORTED_FORMAT' } });
    expect(existsSync(join(root, 'projects')) ? readdirSync(join(root, 'projects')) : []).toEqual([]);
    expect(studio.currentProject).toBeNull();
  });

  it('refuses a project path that is not an absolute .dramatis path', () => {
    const { studio } = newStudio();
    expect(() => studio.startImport({ kind: 'bytes', name: 't.txt', data: tale }, 'relative.dramatis')).toThrow(StudioError);
    expect(() => studio.startImport({ kind: 'bytes', name: 't.txt', data: tale }, '/tmp/evil.sh')).toThrow(StudioError);
  });

  it('cancels an import', async () => {
    const { studio, root, events } = newStudio();
    const big = new TextEncoder().encode(`CHAPTER I.\n\n${'A line of text.\n'.repeat(400_000)}`);
    const jobId = studio.startImport({ kind: 'bytes', name: 'big.txt', data: big });
    studio.jobs.cancel(jobId);
    expect(await finished(events, jobId)).toMatchObject({ type: 'cancelled' });
    expect(existsSync(join(root, 'projects')) ? readdirSync(join(root, 'projects')) : []).toEqual([]);
  });

  it.skipIf(!hasCorpus)(`writes nothing outside the project for a zip-slip EPUB${hasCorpus ? '' : ` (${corpusSkipReason})`}`, async () => {
    const { studio, root, events } = newStudio();
    const before = existsSync('/tmp/zip-slip-owned.txt');
    const jobId = studio.startImport({ kind: 'path', path: corpusPath('bad/zip-slip.epub') });
    await finished(events, jobId);
    expect(existsSync('/tmp/zip-slip-owned.txt')).toBe(before);
    const written = readdirSync(root, { recursive: true }).map(String).sort();
    expect(written.filter((p) => !/^(data|projects)(\/[^/]+)?$/.test(p))).toEqual([]);
  });
});
