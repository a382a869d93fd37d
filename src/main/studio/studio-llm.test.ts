import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobEvent } from '../../shared/progress';
import { FakeOllama, type FakeBehaviour } from '../analysis/llm/testing/fake-ollama';
import { readScript } from '../project/analysis-store';
import { updateStudioSettings } from '../settings/studio-settings';
import { Studio } from './studio';

let studio: Studio | undefined;
let ollama: FakeOllama | undefined;
afterEach(async () => {
  await studio?.dispose();
  await ollama?.stop();
});

const scene = new TextEncoder().encode(
  [
    'The Walk',
    'CHAPTER I.',
    '"Good morning," said Jane to Tom.',
    '"Good morning, Jane," said Tom.',
    '"Is it raining?"',
    '"No."',
    '"Then we shall walk."',
    '"We shall."',
  ].join('\n\n'),
);

async function importWith(respond: (n: number) => FakeBehaviour, enabled: boolean) {
  ollama = new FakeOllama((_, n) => respond(n));
  const endpoint = await ollama.start();
  const root = mkdtempSync(join(tmpdir(), 'dramatis-llm-'));
  studio = new Studio({ paths: { dataDir: join(root, 'data'), projectsDir: join(root, 'projects') }, transport: 'http', version: 'test' });
  updateStudioSettings(studio.settings, { llm: { enabled, endpoints: [endpoint], threshold: 1, timeoutMs: 2000 } });
  const events: JobEvent[] = [];
  studio.events.subscribe((event, payload) => event === 'job' && events.push(payload as JobEvent));
  const jobId = studio.startImport({ kind: 'bytes', name: 'walk.txt', data: scene });
  await expect.poll(() => events.find((e) => e.type !== 'progress' && e.jobId === jobId), { timeout: 15_000 }).toMatchObject({ type: 'completed' });
  const project = studio.project;
  const chapter = project.summary().chapters.find((c) => c.included)!;
  return { segments: readScript(project.db, chapter.id), warnings: project.summary().warnings, asked: ollama.received.length };
}

describe('the language model in the import job', () => {
  it('is not asked while it is off', async () => {
    const { asked, segments } = await importWith(() => ({ kind: 'answer', content: { speaker: 'Tom' } }), false);
    expect(asked).toBe(0);
    expect(segments.some((s) => s.reason === 'llm')).toBe(false);
  });

  it('settles uncertain lines when it is on', async () => {
    const { asked, segments } = await importWith(() => ({ kind: 'answer', content: { speaker: 'Tom' } }), true);
    expect(asked).toBeGreaterThan(0);
    expect(segments.some((s) => s.reason === 'llm')).toBe(true);
  });

  it('keeps the rule results and says so when the model fails', async () => {
    const { asked, segments, warnings } = await importWith(() => ({ kind: 'status', status: 500 }), true);
    expect(asked).toBeGreaterThan(0);
    expect(segments.some((s) => s.reason === 'llm')).toBe(false);
    expect(segments.filter((s) => s.kind === 'dialogue').every((s) => s.speakerId !== null)).toBe(true);
    expect(warnings.join(' ')).toMatch(/language model/);
  });
});
