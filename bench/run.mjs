// `npm run bench`: measured numbers for the issues' targets, in one run on this machine.
// Results print as tables and are saved to .bench/results.json.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chapterCounts } from './chapter-counts.mjs';
import { importSpeed } from './import-speed.mjs';

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

mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench/results.json'), JSON.stringify(results, null, 2));
const failed = Object.values(results).flat().filter((r) => r.pass === false);
console.log(failed.length === 0 ? 'All targets met.' : `${failed.length} target(s) missed.`);
process.exitCode = failed.length === 0 ? 0 : 1;
