// Audition through the real studio engine on A Christmas Carol, its worker pool warm as in the app
// (the Voices panel asked for the voices, which loads eSpeak NG in every worker):
//   first audio of an auditioned line with eSpeak NG: target <= 300 ms;
//   the same lines auditioned again, from the content-addressed cache: target <= 20 ms.
// Each time is a whole request: the line read, normalised and looked up, synthesised on a worker the
// first time, and the WAV handed back. Measured twice:
//   in the studio process, through `dispatchRequest` (what the Electron IPC binding calls) with the
//     reply structured-cloned as IPC does, on the built worker: the targets apply here;
//   over HTTP to the built browser-mode server (out/main/serve.js), where the reply also crosses as
//     JSON with the WAV in base64, decoded by the client: reported for comparison.
//
//   npm run build && node bench/audition.mjs [--runs N]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { register } from 'tsx/esm/api';

const FIRST_AUDIO_TARGET_MS = 300;
const CACHED_TARGET_MS = 20;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const round = (n) => Math.round(n * 10) / 10;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the built server on a free port with its own folders; resolves with a request function. */
async function startServer(root) {
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-bench-audition-'));
  const child = spawn(process.execPath, [join(root, 'out/main/serve.js'), '--port', '0', '--projects-dir', join(dir, 'projects'), '--data-dir', join(dir, 'data')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk;
      const found = /Dramatis studio: (\S+)/.exec(out);
      if (found) resolve(new URL(found[1]));
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${stderr}`)));
  });
  const token = url.searchParams.get('token');
  const request = async (name, input = {}) => {
    const response = await fetch(`${url.origin}/api/request/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dramatis-token': token },
      body: JSON.stringify({ input }),
    });
    const reply = await response.json();
    if (!reply.ok) throw new Error(`${name}: ${reply.error.code} ${reply.error.message}`);
    return reply.value;
  };
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()));
    rmSync(dir, { recursive: true, force: true });
  };
  return { request, stop };
}

/** The studio engine in this process, from the sources, on the built worker; requests go through `dispatchRequest`. */
async function startInProcess(root) {
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-bench-audition-'));
  // One module graph for the whole engine, as in the app (tsx compiles the sources on import).
  register();
  const { Studio } = await import('../src/main/studio/studio.ts');
  const { createHandlers } = await import('../src/main/studio/handlers.ts');
  const { dispatchRequest } = await import('../src/main/studio/dispatch-request.ts');
  const studio = new Studio({
    paths: { dataDir: join(dir, 'data'), projectsDir: join(dir, 'projects') },
    transport: 'electron',
    version: 'bench',
    workerFile: join(root, 'out/main/worker.js'),
  });
  const handlers = createHandlers(studio);
  const request = async (name, input = {}) => {
    // Electron's IPC copies the reply with the structured clone algorithm: so does the bench.
    const reply = structuredClone(await dispatchRequest(handlers, name, input));
    if (!reply.ok) throw new Error(`${name}: ${reply.error.code} ${reply.error.message}`);
    return reply.value;
  };
  const stop = async () => {
    await studio.dispose();
    rmSync(dir, { recursive: true, force: true });
  };
  return { request, stop };
}

/** The audio bytes of a clip as the transport delivered them. */
function wavBytes(clip) {
  return clip.wav instanceof Uint8Array ? clip.wav : Buffer.from(clip.wav.$bytes, 'base64');
}

/** One audition, timed from the request to the audio bytes in the caller's hands. */
async function timedAudition(request, segmentId) {
  const started = performance.now();
  const clip = await request('audition.segment', { segmentId });
  const bytes = wavBytes(clip);
  const ms = performance.now() - started;
  if (Buffer.from(bytes.subarray(0, 4)).toString('latin1') !== 'RIFF' || clip.durationSeconds <= 0) throw new Error(`segment ${segmentId} gave no audio`);
  return { ms, cached: clip.cached, seconds: clip.durationSeconds };
}

/** Opens the book, warms the workers as the Voices panel does, and times new and repeated auditions. */
async function measure({ request, stop }, corpus, runs) {
  try {
    await request('import.start', { source: { kind: 'path', path: join(corpus, 'md/a-christmas-carol.md') } });
    for (let i = 0; i < 600 && !(await request('project.current')); i++) await sleep(100);
    const project = await request('project.current');
    if (!project) throw new Error('the book did not open');

    // Lines of a sentence or two, each new to the cache, said in the default eSpeak NG voice.
    const chapter = project.chapters.find((c) => c.included && c.wordCount > 1000);
    const script = await request('script.chapter', { chapterId: chapter.id });
    const lines = script.segments.filter((s) => s.text.length >= 60 && s.text.length <= 180).slice(0, Math.max(8, runs * 2));

    await request('voices.list', { language: project.book.language || 'en' });
    await request('casting.get');
    await sleep(1500);

    const first = [];
    for (const line of lines) first.push(await timedAudition(request, line.id));
    const again = [];
    for (const line of lines) again.push(await timedAudition(request, line.id));
    if (first.some((r) => r.cached) || again.some((r) => !r.cached)) throw new Error('the cache did not behave: first auditions must synthesise, repeats must not');
    return { first, again };
  } finally {
    await stop();
  }
}

const stats = (results) => ({ median: median(results.map((r) => r.ms)), max: Math.max(...results.map((r) => r.ms)), seconds: median(results.map((r) => r.seconds)) });

export async function audition({ root, corpus, runs = 5 }) {
  const inProcess = await measure(await startInProcess(root), corpus, runs);
  const overHttp = await measure(await startServer(root), corpus, runs);
  const first = stats(inProcess.first);
  const cached = stats(inProcess.again);
  const httpFirst = stats(overHttp.first);
  const httpCached = stats(overHttp.again);
  const n = inProcess.first.length;
  return [
    {
      measure: `first audio of an auditioned line, eSpeak NG, warm workers (median of ${n}, max ${round(first.max)} ms; lines of ${round(first.seconds)} s)`,
      value: round(first.median),
      unit: 'ms',
      target: `<= ${FIRST_AUDIO_TARGET_MS}`,
      pass: first.median <= FIRST_AUDIO_TARGET_MS,
    },
    {
      measure: `the same lines auditioned again, from the cache (median of ${n}, max ${round(cached.max)} ms)`,
      value: round(cached.median),
      unit: 'ms',
      target: `<= ${CACHED_TARGET_MS}`,
      pass: cached.median <= CACHED_TARGET_MS,
    },
    { measure: `browser mode over HTTP: first audio (median, max ${round(httpFirst.max)} ms)`, value: round(httpFirst.median), unit: 'ms', target: 'for comparison' },
    { measure: `browser mode over HTTP: from the cache (median, max ${round(httpCached.max)} ms; the WAV crosses in base64 JSON)`, value: round(httpCached.median), unit: 'ms', target: 'for comparison' },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
  const root = fileURLToPath(new URL('..', import.meta.url));
  const corpus = process.env.DRAMATIS_CORPUS ?? join(root, '../shared/corpus');
  const rows = await audition({ root, corpus, runs: Number(values.runs) });
  console.log('Audition through the studio engine (targets: first audio <= 300 ms, cached <= 20 ms)');
  console.table(rows);
  process.exitCode = rows.some((r) => r.pass === false) ? 1 : 0;
}
