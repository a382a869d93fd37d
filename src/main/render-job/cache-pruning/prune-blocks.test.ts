import { existsSync, mkdirSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectSession } from '../../project/project-session';
import { ScriptEditor } from '../../script/script-editor';
import { tinyBook } from '../../script/testing/tiny-book';
import { audioCacheDir } from '../../voices/segment-audio/audio-cache';
import { PauseGate } from '../pause-gate';
import { renderProject } from '../render-project';
import { countingSynthesis, ffmpegSkipReason, hasFfmpeg, renderEnvironment, renderRequest, segmentAudioWith, tempDir } from '../testing/render-fixture';
import { BlockRecords } from './block-records';
import { pruneBlocks } from './prune-blocks';
import { RenderLeases } from './render-leases';

const sessions: ProjectSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

function open(): ProjectSession {
  const session = ProjectSession.open(tinyBook());
  sessions.push(session);
  return session;
}

const control = () => ({ signal: new AbortController().signal, gate: new PauseGate(), progress: () => undefined });
const blocksDir = (session: ProjectSession): string => join(audioCacheDir(session.path), 'blocks');

/** Every file in the block cache, as `<shard>/<file>`. */
function blockFiles(session: ProjectSession): string[] {
  const dir = blocksDir(session);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((d) => readdirSync(join(dir, d)).map((f) => `${d}/${f}`))
    .sort();
}

const audioOnly = (names: readonly string[]): string[] => names.filter((n) => /\.(aac|mp3)$/.test(n)).sort();

function recordedNames(session: ProjectSession, unit?: string): string[] {
  const rows = session.db.prepare(`SELECT DISTINCT name FROM render_export_blocks ${unit ? 'WHERE unit = ?' : ''}`).all(...(unit ? [unit] : [])) as Array<{ name: string }>;
  return rows.map((r) => r.name).sort();
}

function editLine(session: ProjectSession, from: string, to: string): void {
  const line = session.db.prepare('SELECT id FROM segments WHERE text = ?').get(from) as { id: number };
  new ScriptEditor(session.db).editText(line.id, to);
}

describe.skipIf(!hasFfmpeg)(hasFfmpeg ? 'pruning the block cache after an export' : `pruning the block cache after an export (skipped: ${ffmpegSkipReason})`, () => {
  it('after an edit and a re-export keeps exactly the blocks the new files were joined from, and sweeps a stale temp file at the start', async () => {
    const session = open();
    const env = renderEnvironment(session, segmentAudioWith(countingSynthesis().synthesize));
    const request = renderRequest(tempDir('prune-edit'), { formats: ['m4b', 'mp3', 'vtt'] });
    const first = await renderProject(env, request, control());
    const before = blockFiles(session);
    // In AAC and in MP3: the opening credits, chapter 1 (two blocks), chapter 2 and the closing credits.
    expect(audioOnly(before)).toHaveLength(10);
    expect(audioOnly(recordedNames(session))).toEqual(audioOnly(before));
    expect(first.summary.blocks).toEqual({ encoded: 10, reused: 0 });

    const shard = before[0]!.slice(0, 2);
    const stale = join(blocksDir(session), shard, `${'e'.repeat(64)}.mp3.${process.pid}-0123456789.partial.mp3`);
    writeFileSync(stale, 'half an encode');
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(stale, old, old);

    editLine(session, 'The walk to Meryton was short.', 'The walk to Meryton was short indeed.');
    const edited = await renderProject(env, request, control());
    const after = blockFiles(session);
    expect(existsSync(stale), 'the stale temp file is swept when the render starts').toBe(false);
    // Chapter 2's MP3 (one block, new) and the M4B (five blocks, one new) are joined again; the other MP3s are current.
    expect(edited.summary.blocks).toEqual({ encoded: 2, reused: 4 });
    expect(audioOnly(after), 'as many blocks as before: the two replaced ones are gone').toHaveLength(10);
    expect(audioOnly(after)).toEqual(audioOnly(recordedNames(session)));
    expect(audioOnly(before).filter((n) => !after.includes(n))).toHaveLength(2);
    // Every block keeps its reading beside it, and nothing else is left.
    expect(after.filter((n) => n.endsWith('.json') && !n.endsWith('.loudness.json'))).toHaveLength(10);
    expect(after.filter((n) => !/\.(aac|mp3|json)$/.test(n))).toEqual([]);
    expect(edited.summary.cacheFreed!.files).toBeGreaterThanOrEqual(5);
    expect(session.integrityCheck()).toBe('ok');
  });

  it('an export of chapter 2 only keeps the blocks of chapter 1, which the next whole export reuses', async () => {
    const session = open();
    const env = renderEnvironment(session, segmentAudioWith(countingSynthesis().synthesize));
    const outDir = tempDir('prune-chapters');
    const whole = await renderProject(env, renderRequest(outDir, { formats: ['m4b', 'mp3'] }), control());
    const [chapterOne, chapterTwo] = whole.summary.chapterIds as [number, number];
    const chapterOneBlocks = audioOnly(recordedNames(session, String(chapterOne)));
    expect(chapterOneBlocks.length).toBeGreaterThanOrEqual(4);

    editLine(session, 'The walk to Meryton was short.', 'The walk to Meryton was very short.');
    const partial = await renderProject(env, renderRequest(outDir, { formats: ['m4b', 'mp3'], chapterIds: [chapterTwo] }), control());
    expect(partial.summary.blocks!.encoded).toBeGreaterThan(0);
    const files = blockFiles(session);
    for (const name of chapterOneBlocks) expect(files, `${name} of chapter 1 is kept`).toContain(name);

    const again = await renderProject(env, renderRequest(outDir, { formats: ['m4b', 'mp3'] }), control());
    expect(again.summary.blocks!.encoded, 'every block of the whole book is in the cache').toBe(0);
    expect(audioOnly(blockFiles(session))).toEqual(audioOnly(recordedNames(session)));
    expect(session.integrityCheck()).toBe('ok');
  });
});

describe('pruning the block cache', () => {
  /** A project with one recorded export whose M4B uses block `a…`; blocks `a…` and `b…` in the cache. */
  function recordedProject(): { session: ProjectSession; kept: string; unused: string } {
    const session = open();
    const dir = blocksDir(session);
    const kept = `aa/${'a'.repeat(64)}.aac`;
    const unused = `bb/${'b'.repeat(64)}.aac`;
    for (const name of [kept, unused]) {
      mkdirSync(join(dir, name.slice(0, 2)), { recursive: true });
      writeFileSync(join(dir, name), 'audio');
      writeFileSync(join(dir, name.replace(/\.aac$/, '.json')), '{}');
    }
    const path = join(tempDir('prune-out'), 'Book.m4b');
    session.db.prepare("INSERT INTO render_exports (path, kind, chapter_id, inputs_hash, preflight, at) VALUES (?, 'm4b', NULL, 'h', NULL, 'now')").run(path);
    new BlockRecords(session.db).record([{ path, units: new Map([['1', [kept]]]) }], true);
    return { session, kept, unused };
  }

  it('removes the blocks no file uses, with their readings, and keeps the rest', () => {
    const { session, kept, unused } = recordedProject();
    const outcome = pruneBlocks(session.db, blocksDir(session), null);
    expect(outcome).toEqual({ files: 2, bytes: 'audio'.length + '{}'.length, skipped: null });
    expect(blockFiles(session)).toEqual([kept, kept.replace(/\.aac$/, '.json')]);
    expect(unused).not.toBe(kept);
    expect(session.integrityCheck()).toBe('ok');
  });

  it('refuses to record or to prune by a name that is not a block in the cache', () => {
    const { session } = recordedProject();
    const outside = join(tempDir('prune-outside'), `${'c'.repeat(64)}.aac`);
    writeFileSync(outside, 'not the cache');
    const records = new BlockRecords(session.db);
    const path = (session.db.prepare('SELECT path FROM render_exports').get() as { path: string }).path;
    expect(() => records.record([{ path, units: new Map([['1', ['../../outside.aac']]]) }], false)).toThrow(/not the name of a block/);
    session.db.prepare("INSERT INTO render_export_blocks (path, unit, name) VALUES (?, '2', ?)").run(path, `../${outside}`);
    const before = blockFiles(session);
    expect(pruneBlocks(session.db, blocksDir(session), null)).toMatchObject({ files: 0, skipped: expect.stringMatching(/not the name of a block/) });
    expect(blockFiles(session)).toEqual(before);
    expect(existsSync(outside)).toBe(true);
  });

  it('follows no link out of the cache', () => {
    const { session } = recordedProject();
    const elsewhere = tempDir('prune-elsewhere');
    const target = join(elsewhere, `${'d'.repeat(64)}.aac`);
    writeFileSync(target, 'someone else’s file');
    symlinkSync(target, join(blocksDir(session), 'aa', `${'d'.repeat(64)}.aac`));
    symlinkSync(elsewhere, join(blocksDir(session), 'dd'));
    const outcome = pruneBlocks(session.db, blocksDir(session), null);
    expect(outcome.files, 'only the unused block and its reading').toBe(2);
    expect(existsSync(target)).toBe(true);
    expect(readdirSync(elsewhere)).toEqual([`${'d'.repeat(64)}.aac`]);
  });

  it('removes nothing while another render of the project is under way, and ignores the lease of a render that was killed', () => {
    const { session } = recordedProject();
    const leases = new RenderLeases(session.db);
    const other = leases.take();
    expect(pruneBlocks(session.db, blocksDir(session), null)).toMatchObject({ files: 0, skipped: 'another render of this project is under way' });
    leases.release(other);
    // A process id that no process has (Linux caps them at 2^22).
    session.db.prepare("INSERT INTO render_leases (owner, pid, at) VALUES ('killed', 4194305, 'then')").run();
    expect(pruneBlocks(session.db, blocksDir(session), null)).toMatchObject({ files: 2, skipped: null });
    expect(session.db.prepare('SELECT count(*) AS n FROM render_leases').get()).toEqual({ n: 0 });
  });

  it('keeps every block while a file exported before its blocks were recorded is still on disk', () => {
    const { session } = recordedProject();
    const older = join(tempDir('prune-older'), '01 Chapter.mp3');
    writeFileSync(older, 'mp3');
    session.db.prepare("INSERT INTO render_exports (path, kind, chapter_id, inputs_hash, preflight, at) VALUES (?, 'opening-credits', NULL, 'h', NULL, 'then')").run(older);
    expect(pruneBlocks(session.db, blocksDir(session), null)).toMatchObject({ files: 0, skipped: expect.stringMatching(/exported before its blocks were recorded/) });
  });
});
