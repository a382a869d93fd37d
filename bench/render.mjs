// The render job on a real book, through the built command line (the real job, its worker pool and
// FFmpeg), timed from the progress lines it prints:
//  (a) assembling and encoding the M4B of A Christmas Carol from cached segments, against one FFmpeg
//      AAC encode (same encoder and bitrate) of the same audio concatenated in advance; target <= 1.5.
//  (b) re-exporting a chapter after one edited line, against that chapter's first export (which
//      synthesises the chapter); target <= 15%.
// The book's audio cache is kept in .bench/render, so only the first run synthesises the whole book.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const M4B_TARGET = 1.5;
const REEXPORT_TARGET = 0.15;

/** Runs `dramatis render ...`; resolves with the seconds (from the start) at which each step was first reported. */
function renderTimed(root, args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, 'out/main/cli.js'), 'render', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const steps = {};
    let log = '';
    let buffered = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      const at = (performance.now() - started) / 1000;
      log = (log + chunk).slice(-20_000);
      buffered += chunk;
      for (const line of buffered.split('\n').slice(0, -1)) {
        const step = /^\d+% (Synthesising|Assembling|Encoding|Checking|Writing|Done)/.exec(line)?.[1];
        if (step && steps[step] === undefined) steps[step] = at;
      }
      buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const total = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`render ${args.join(' ')} exited with ${code}:\n${log}`));
      else resolve({ steps, total, stdout, log });
    });
  });
}

function ffmpeg(args) {
  const run = spawnSync('ffmpeg', ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`ffmpeg ${args.join(' ')} failed: ${run.stderr}`);
}

function timed(fn) {
  const start = performance.now();
  fn();
  return (performance.now() - start) / 1000;
}

const round = (n, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function renderBench({ root, corpus }) {
  const book = join(corpus, 'epub/a-christmas-carol.epub');
  const work = join(root, '.bench/render');
  mkdirSync(work, { recursive: true });
  const project = join(work, 'a-christmas-carol.dramatis');
  const scratch = mkdtempSync(join(tmpdir(), 'dramatis-bench-render-'));
  const rows = [];
  try {
    // Warm the cache (synthesises the whole book once; later runs find it all cached).
    if (!existsSync(project) || !existsSync(`${project}.audio`)) await renderTimed(root, [book, '--project', project, '--out', join(scratch, 'warm'), '--format', 'm4b']);

    // DRAMATIS_BENCH_RENDER=b runs part (b) only (while working on it); both run by default.
    const only = process.env.DRAMATIS_BENCH_RENDER ?? 'ab';
    // (a) The M4B from cached segments, against one AAC encode of the same audio. The encoded blocks
    // an earlier run left in the cache are removed first, so every block is encoded again.
    if (only.includes('a')) {
      rmSync(join(`${project}.audio`, 'blocks'), { recursive: true, force: true });
      const out = join(scratch, 'm4b');
      const m4b = await renderTimed(root, [project, '--out', out, '--format', 'm4b']);
      if (m4b.stdout === '' || m4b.steps.Synthesising === undefined) throw new Error(`the M4B render printed no report:\n${m4b.log}`);
      const encoded = m4b.steps.Checking ?? m4b.steps.Done ?? m4b.total;
      const file = join(out, 'A Christmas Carol.m4b');
      const wav = join(scratch, 'book.wav');
      ffmpeg(['-i', file, '-map', '0:a', '-c:a', 'pcm_s16le', wav]);
      const baseline = timed(() => ffmpeg(['-i', wav, '-c:a', 'aac', '-b:a', '64k', '-ar', '44100', '-ac', '1', '-f', 'ipod', join(scratch, 'baseline.m4b')]));
      rows.push({
        measure: 'M4B of A Christmas Carol from cached segments (s)',
        value: round(encoded),
        baseline: round(baseline),
        ratio: round(encoded / baseline),
        target: `<= ${M4B_TARGET}`,
        detail: `reading and preparing ${round(m4b.steps.Assembling - 0)} s, assembling ${round(m4b.steps.Encoding - m4b.steps.Assembling)} s, encoding ${round(encoded - m4b.steps.Encoding)} s; the pre-flight then took ${round(m4b.total - encoded)} s`,
        pass: encoded / baseline <= M4B_TARGET,
      });
    }

    // (b) One chapter exported, a line edited, the chapter exported again. A fresh project, so the
    // first export synthesises the chapter and encodes every block of it.
    if (only.includes('b')) {
      const fresh = join(scratch, 'chapter.dramatis');
      copyFileSync(project, fresh);
      const db = new Database(fresh);
      // No render state at all (lines, exports, gains, block records), so the first export starts from nothing.
      for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'render\\_%' ESCAPE '\\'").all()) db.exec(`DELETE FROM "${name}"`);
      // The first chapter of the story proper (A Christmas Carol's preface is a paragraph long).
      const chapter = db
        .prepare("SELECT c.id, c.idx, c.title FROM chapters c WHERE c.kind = 'body' AND c.included = 1 AND (SELECT count(*) FROM segments s WHERE s.chapter_id = c.id) >= 100 ORDER BY c.idx LIMIT 1")
        .get();
      db.close();
      const chapterOut = join(scratch, 'chapter');
      const args = [fresh, '--out', chapterOut, '--format', 'm4b', '--chapters', String(chapter.idx + 1)];
      const first = await renderTimed(root, args);
      const edit = new Database(fresh);
      const line = edit.prepare("SELECT id, text FROM segments WHERE chapter_id = ? AND kind = 'narration' ORDER BY idx LIMIT 1 OFFSET 20").get(chapter.id);
      edit.prepare('UPDATE segments SET original_text = coalesce(original_text, text), text = ? WHERE id = ?').run(`${line.text} And so it was.`, line.id);
      edit.close();
      const again = await renderTimed(root, args);
      const synthesised = (run) => /(\d+) lines? synthesised/.exec(run.log)?.[1] ?? '?';
      const blocks = (run) => /\d+ blocks? encoded, \d+ reused/.exec(run.log)?.[0] ?? 'blocks not reported';
      rows.push({
        measure: 'Re-export of a chapter after one edited line (s)',
        value: round(again.total),
        baseline: round(first.total),
        ratio: round(again.total / first.total),
        target: `<= ${REEXPORT_TARGET}`,
        detail: `${chapter.title}: the first export synthesised ${synthesised(first)} lines in ${round(first.steps.Assembling)} s; the re-export ${synthesised(again)} line(s), ${blocks(again)}, steps at ${Object.entries(again.steps).map(([k, v]) => `${k} ${round(v)}`).join(', ')} s`,
        pass: again.total / first.total <= REEXPORT_TARGET,
      });
    }
  } catch (error) {
    rows.push({ measure: 'render bench', error: error instanceof Error ? error.message.slice(0, 2000) : String(error), pass: false });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log('Render job on A Christmas Carol (targets: M4B <= 1.5 x one AAC encode; chapter re-export <= 15% of its first export)');
  console.table(rows);
  return rows;
}

// `node bench/render.mjs` runs this bench alone (after `npm run build`).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { fileURLToPath } = await import('node:url');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const rows = await renderBench({ root, corpus: process.env.DRAMATIS_CORPUS ?? join(root, '../shared/corpus') });
  process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
}
