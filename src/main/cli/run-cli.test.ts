import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeOllama } from '../analysis/llm/testing/fake-ollama';
import type { Segment } from '../../shared/script';
import { analysisJsonChunks, type AnalysisDocument } from './analysis-document';
import { runCli } from './run-cli';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: async (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'dramatis-cli-'));
const book = join(dir, 'tale.txt');
writeFileSync(book, 'The Tale\n\nby Ann Author\n\nCHAPTER I.\n\nIt was a dark\nnight.\n\nCHAPTER II.\n\nMorning came.\n');

describe('analyze', () => {
  it('prints the book and its chapters as JSON with source offsets', async () => {
    const { code, stdout } = await cli(['analyze', book, '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { book: { format: string }; chapters: Array<{ title: string; kind: string; included: boolean; paragraphs: Array<{ text: string; start: number; end: number }> }> };
    expect(doc.book.format).toBe('text');
    const body = doc.chapters.filter((c) => c.included);
    expect(body.map((c) => c.paragraphs.map((p) => p.text))).toEqual([['It was a dark night.'], ['Morning came.']]);
    const p = body[0]!.paragraphs[0]!;
    expect('The Tale\n\nby Ann Author\n\nCHAPTER I.\n\nIt was a dark\nnight.\n'.slice(p.start, p.end)).toBe('It was a dark\nnight.');
  });

  it('prints a human summary', async () => {
    const { code, stdout } = await cli(['analyze', book]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/2 of \d+ included/);
  });

  it('refuses a missing or empty file with exit 2 and a reason on both streams', async () => {
    const missing = await cli(['analyze', join(dir, 'nope.epub'), '--format', 'json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect(missing.stderr).toMatch(/could not be found/);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const refused = await cli(['analyze', empty, '--format', 'json']);
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout)).toEqual({ error: { code: 'EMPTY_FILE', message: 'The file is empty.' } });
  });

  it('explains its usage on bad arguments', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['analyze', book, '--format', 'xml'])).stderr).toMatch(/Usage/);
    expect((await cli(['--help'])).code).toBe(0);
  });
});

describe('analysisJsonChunks', () => {
  it('writes exactly the JSON of the whole document', async () => {
    const { stdout } = await cli(['analyze', book, '--format', 'json']);
    const doc = JSON.parse(stdout) as { chapters: unknown[]; characters: unknown[]; warnings: unknown[] };
    expect(Object.keys(doc)).toEqual(['book', 'chapters', 'characters', 'warnings']);
    expect(JSON.stringify(doc.chapters[0])).toContain('"segments":[');
  });

  it('cuts a large document into pieces of about a megabyte', () => {
    const segments: Segment[] = Array.from({ length: 30_000 }, (_, i) => ({ kind: 'narration', text: 'The morning was grey and still.', start: i * 40, end: i * 40 + 31, speakerId: null, confidence: 1, reason: null }));
    const chapter = (title: string) => ({ title, kind: 'body', included: true, paragraphs: [], segments });
    const doc: AnalysisDocument = { book: { title: 'T', author: '', language: 'en', format: 'text' }, chapters: [chapter('I'), chapter('II')], characters: [], warnings: [] };
    const pieces = [...analysisJsonChunks(doc)];
    expect(JSON.parse(pieces.join(''))).toEqual(doc);
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(1 << 20);
    for (const piece of pieces) expect(piece.length).toBeLessThan(2 << 20);
  });
});

describe('analyze --llm', () => {
  const talk = join(dir, 'talk.txt');
  writeFileSync(talk, 'The Walk\n\nCHAPTER I.\n\n"Good morning," said Jane to Tom.\n\n"Good morning, Jane," said Tom.\n\n"Is it raining?"\n\n"No."\n\n"Then we shall walk."\n');

  it('asks the given Ollama endpoint and keeps the rule results, with a warning, when it fails', async () => {
    const ollama = new FakeOllama(() => ({ kind: 'status', status: 500 }));
    const endpoint = await ollama.start();
    try {
      const { code, stdout, stderr } = await cli(['analyze', talk, '--format', 'json', '--llm', endpoint]);
      expect(code).toBe(0);
      expect(ollama.received.length).toBeGreaterThan(0);
      expect(stderr).toMatch(/rule result was kept/);
      const doc = JSON.parse(stdout) as { chapters: Array<{ segments: Array<{ reason: string | null }> }> };
      expect(doc.chapters.flatMap((c) => c.segments).some((s) => s.reason === 'llm')).toBe(false);
    } finally {
      await ollama.stop();
    }
  });
});
