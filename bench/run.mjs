// `npm run bench`: measured numbers for the issues' targets, in one run on this machine.
// Results print as tables and are saved to .bench/results.json.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { audition } from './audition.mjs';
import { chapterCounts } from './chapter-counts.mjs';
import { spawnSync } from 'node:child_process';
import { importSpeed } from './import-speed.mjs';
import { renderAssembly } from './render-assembly.mjs';
import { renderBench } from './render.mjs';
import { scriptEditor } from './script-editor.mjs';
import { voices } from './voices.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = process.env.DRAMATIS_CORPUS ?? join(root, '../shared/corpus');
const runs = Number(process.env.BENCH_RUNS ?? 5);

if (!existsSync(corpus)) {
  console.error(`The shared corpus is missing at ${corpus}; set DRAMATIS_CORPUS.`);
  process.exit(2);
}

const results = {};
console.log(`Dramatis benchmarks (${new Date().toISOString()}, node ${process.version}, ${runs} runs each, median)\n`);

results.chapterCounts = chapterCounts({ root, corpus });
console.log('Included chapters');
console.table(results.chapterCounts);

results.importSpeed = importSpeed({ root, corpus, runs });
console.log('Import speed and memory (analyze --format json, against the reference tool)');
console.table(results.importSpeed);

// Speaker attribution on the six PDNC novels, end to end through the built CLI.
const attribution = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'bench/attribution/run-pdnc.ts'), '--cli', '--json'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 1 << 26,
});
results.attribution = JSON.parse(attribution.stdout.trim().split('\n').at(-1) ?? '[]');
console.log('Speaker attribution (PDNC, LLM off; targets: recall >= 98, precision >= 97, average accuracy >= 75, none < 60, explicit quotes >= 95 pooled over the six)');
console.table(results.attribution);
if (attribution.status !== 0) results.attributionTargets = [{ pass: false }];

results.voices = voices({ root, runs });

results.audition = await audition({ root, corpus, runs });
console.log('Audition through the studio engine (targets: first audio <= 300 ms, cached <= 20 ms; browser mode for comparison)');
console.table(results.audition);

results.renderAssembly = renderAssembly({ root, runs });
console.log('Render assembly (M4B from cached segments vs one FFmpeg AAC encode of the same audio concatenated in advance; target: ratio <= 1.5)');
console.table(results.renderAssembly);

results.renderJob = await renderBench({ root, corpus });

results.scriptEditor = await scriptEditor({ root, corpus, runs });
console.log('Script editor in Chromium, Pride and Prejudice (targets: speaker fix on screen < 100 ms, script view < 1,000 elements, first chapter < 1 s after the import)');
console.table(results.scriptEditor);

mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench/results.json'), JSON.stringify(results, null, 2));
const failed = Object.values(results).flat().filter((r) => r.pass === false);
console.log(failed.length === 0 ? 'All targets met.' : `${failed.length} target(s) missed.`);
process.exitCode = failed.length === 0 ? 0 : 1;
