// Render assembly: assembling and encoding an M4B from cached segment WAVs (about 30 minutes of
// speech in many segments and several chapters) against one FFmpeg AAC encode, with the same encoder
// settings, of the same audio concatenated in advance. Target: at most 1.5 times.
//
// The baseline's input is the rendered book itself, decoded to a WAV before timing: AAC's speed
// depends on the content (digital silence between segments encodes about twice as slowly as room
// tone here), so only the very same audio makes a fair yardstick.
//
// `renderAssembly()` runs this file again under tsx (the render code is TypeScript); that child
// generates the segments, times both, and prints its result as JSON on its last line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TARGET_RATIO = 1.5;
const CHAPTERS = 6;
const SEGMENTS_PER_CHAPTER = 100;
const SAMPLE_RATE = 24000;

export function renderAssembly({ root, runs }) {
  const child = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), fileURLToPath(import.meta.url), '--child', String(Math.min(runs, 3))], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) return [{ case: 'render assembly', error: `exited with ${child.status}`, pass: false }];
  return JSON.parse(child.stdout.trim().split('\n').at(-1));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function child(runs) {
  const { renderBook } = await import('../src/main/render/render-book.ts');
  const { speechLike } = await import('../src/main/render/testing/speech-like.ts');
  const { encodeWavFloat32 } = await import('../src/main/render/wav.ts');
  const { resolveFfmpeg, resolveFfprobe } = await import('../src/main/media/resolve-ffmpeg.ts');
  const { DEFAULT_PAUSES } = await import('../src/shared/render.ts');
  const { DEFAULT_ROOM_TONE } = await import('../src/main/render/render-plan.ts');

  const ffmpeg = resolveFfmpeg(undefined);
  if (!ffmpeg) return [{ case: 'render assembly', error: 'FFmpeg is not installed', pass: false }];
  const ffprobePath = resolveFfprobe(ffmpeg.path);
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-bench-render-'));
  try {
    // Segments of 2 to 5 s at Kokoro's 24 kHz, as float32 WAVs the way the cache stores them.
    const chapters = [];
    let speechSamples = 0;
    let n = 0;
    for (let c = 0; c < CHAPTERS; c++) {
      const segments = [];
      for (let s = 0; s < SEGMENTS_PER_CHAPTER; s++, n++) {
        const samples = speechLike({ sampleRate: SAMPLE_RATE, soundSeconds: 2 + (n % 5) * 0.5, padSeconds: 0.05, rmsDb: -28, pitch: [120, 140, 160, 200][n % 4] });
        const path = join(dir, `seg-${n}.wav`);
        writeFileSync(path, encodeWavFloat32(samples, SAMPLE_RATE));
        speechSamples += samples.length;
        segments.push({
          id: `s${n}`,
          text: `Sentence number ${n} of the benchmark book.`,
          kind: s === 0 ? 'title' : n % 5 === 0 ? 'dialogue' : 'narration',
          speakerId: n % 5 === 0 ? 'someone' : null,
          paragraphStart: s % 4 === 1,
          sceneBreakBefore: s === 50,
          audio: { path, format: 'wav' },
        });
      }
      chapters.push({ id: `c${c}`, title: `Chapter ${c + 1}`, kind: 'body', segments });
    }
    const speechSeconds = speechSamples / SAMPLE_RATE;
    const plan = {
      book: { title: 'Benchmark Book', author: 'Bench Author', narrator: 'Generated' },
      chapters,
      pauses: DEFAULT_PAUSES,
      roomTone: DEFAULT_ROOM_TONE,
      target: 'acx',
    };
    const renderOnce = async (name, keep = false) => {
      const outDir = join(dir, name);
      const start = performance.now();
      const result = await renderBook(plan, { outDir, format: 'm4b', preflight: false, ffmpegPath: ffmpeg.path, ffprobePath });
      const ms = performance.now() - start;
      if (!keep) rmSync(outDir, { recursive: true, force: true });
      return { ms, seconds: result.durationSeconds, m4b: join(outDir, 'Benchmark Book.m4b') };
    };

    const first = await renderOnce('warmup', true);
    const concatenated = join(dir, 'concatenated.wav');
    const decode = spawnSync(ffmpeg.path, ['-hide_banner', '-loglevel', 'error', '-y', '-i', first.m4b, '-map', '0:a', '-c:a', 'pcm_f32le', concatenated]);
    if (decode.status !== 0) throw new Error(`decoding the rendered book failed: ${decode.stderr}`);
    mkdirSync(join(dir, 'base'), { recursive: true });
    const baseArgs = ['-hide_banner', '-loglevel', 'error', '-y', '-i', concatenated, '-c:a', 'aac', '-b:a', '64k', '-ar', '44100', '-ac', '1', '-f', 'ipod', join(dir, 'base', 'book.m4b')];
    const baseOnce = () => {
      const start = performance.now();
      const run = spawnSync(ffmpeg.path, baseArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
      if (run.status !== 0) throw new Error(`baseline encode failed: ${run.stderr}`);
      return performance.now() - start;
    };

    const renderTimes = [];
    const baseTimes = [];
    for (let i = 0; i < runs; i++) {
      baseTimes.push(baseOnce());
      renderTimes.push((await renderOnce(`run-${i}`)).ms);
    }
    const renderMs = median(renderTimes);
    const baseMs = median(baseTimes);
    const ratio = renderMs / baseMs;
    console.error(`render assembly: renderBook(plan, { format: 'm4b', preflight: false }) on ${n} segments in ${CHAPTERS} chapters`);
    console.error(`baseline: ffmpeg ${baseArgs.join(' ').replaceAll(dir, '$TMP')}`);
    return [
      {
        case: 'M4B from cached segments',
        segments: n,
        chapters: CHAPTERS,
        speechMin: Number((speechSeconds / 60).toFixed(1)),
        bookMin: Number((first.seconds / 60).toFixed(1)),
        renderS: Number((renderMs / 1000).toFixed(2)),
        aacEncodeS: Number((baseMs / 1000).toFixed(2)),
        ratio: Number(ratio.toFixed(2)),
        target: `<= ${TARGET_RATIO}`,
        pass: ratio <= TARGET_RATIO,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  const result = await child(Number(process.argv[3] ?? 3));
  console.log(JSON.stringify(result));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const rows = renderAssembly({ root, runs: Number(process.env.BENCH_RUNS ?? 3) });
  console.table(rows);
  process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
}
