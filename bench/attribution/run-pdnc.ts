// Scores speaker attribution end to end on the six PDNC novels and prints one table.
//
//   npx tsx bench/attribution/run-pdnc.ts [--cli | --auto] [--novel NAME] [--out DIR] [--json]
//
// By default the novel text is imported with the plain-text importer and analysed in-process. With --cli it runs the built command
// line, `node out/main/cli.js analyze FILE --format json`, which is exactly what users get; --auto
// does so when out/main/cli.js exists. Predictions go to DIR (default .bench/attribution) and are
// scored by ../shared/tools/score-attribution.mjs; the gold annotation is read only by that scorer.
// --json prints the rows as JSON (for bench/run.mjs); the exit code is 1 when a target is missed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeBook, type AnalysisInput } from '../../src/main/analysis/analyze-book';
import { importPlainText } from '../../src/main/import/text/import-plain-text';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = process.env.DRAMATIS_SHARED ?? join(root, '../shared');
const pdnc = join(shared, 'corpus/pdnc');
const scorer = join(shared, 'tools/score-attribution.mjs');
const cliFile = join(root, 'out/main/cli.js');

export interface NovelScore {
  novel: string;
  quotes: number;
  detectionRecall: number;
  detectionPrecision: number;
  attributionAccuracy: number;
  accuracyOnDetected: number;
  explicitAccuracy: number;
  explicitQuotes: number;
  analyzeMs: number;
}

interface ScorerOutput {
  novel: string;
  quotes: number;
  detectionRecall: number;
  detectionPrecision: number;
  attributionAccuracy: number;
  accuracyOnDetected: number;
  byType: Record<string, { quotes: number; accuracy: number }>;
}

/** The plain-text importer as the CLI runs it, all chapters kept (the scorer reads the whole file). */
function importNovel(text: string): AnalysisInput {
  const book = importPlainText(text, { fileName: 'novel_text.txt' });
  return { chapters: book.chapters, sourceText: text };
}

function score(dir: string, predFile: string): ScorerOutput {
  return JSON.parse(execFileSync(process.execPath, [scorer, dir, predFile, '--json'], { encoding: 'utf8' })) as ScorerOutput;
}

export async function runPdnc(options: { useCli: boolean; only?: string; outDir: string }): Promise<{ how: string; rows: NovelScore[] }> {
  mkdirSync(options.outDir, { recursive: true });
  const how = options.useCli ? 'built CLI: node out/main/cli.js analyze FILE --format json' : 'in-process: importPlainText + analyzeBook';
  const novels = readdirSync(pdnc, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(pdnc, d.name, 'novel_text.txt')))
    .map((d) => d.name)
    .filter((n) => !options.only || n.toLowerCase().includes(options.only.toLowerCase()))
    .sort();
  const rows: NovelScore[] = [];
  for (const novel of novels) {
    const dir = join(pdnc, novel);
    const file = join(dir, 'novel_text.txt');
    const predFile = join(options.outDir, `${novel}.json`);
    let analyzeMs: number;
    if (!options.useCli) {
      const text = readFileSync(file, 'utf8');
      const input = importNovel(text);
      const t0 = performance.now();
      const result = analyzeBook(input);
      analyzeMs = performance.now() - t0;
      const chapters = input.chapters.map((c, k) => ({ title: c.title, segments: result.chapters[k]?.segments ?? [] }));
      writeFileSync(predFile, JSON.stringify({ characters: result.characters, chapters }));
    } else {
      const t0 = performance.now();
      const out = execFileSync(process.execPath, [cliFile, 'analyze', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
      analyzeMs = performance.now() - t0;
      writeFileSync(predFile, out);
    }
    const s = score(dir, predFile);
    rows.push({
      novel,
      quotes: s.quotes,
      detectionRecall: s.detectionRecall,
      detectionPrecision: s.detectionPrecision,
      attributionAccuracy: s.attributionAccuracy,
      accuracyOnDetected: s.accuracyOnDetected,
      explicitAccuracy: s.byType.Explicit?.accuracy ?? 0,
      explicitQuotes: s.byType.Explicit?.quotes ?? 0,
      analyzeMs,
    });
  }
  return { how, rows };
}

/** Explicit accuracy over the explicit quotes of all the novels together. */
export function pooledExplicit(rows: NovelScore[]): number {
  const quotes = rows.reduce((a, r) => a + r.explicitQuotes, 0);
  return quotes === 0 ? 0 : rows.reduce((a, r) => a + (r.explicitAccuracy * r.explicitQuotes) / 100, 0) * (100 / quotes);
}

/**
 * The targets: detection on every novel, the average and the floor of attribution, and the
 * explicit quotes. The issue asks detection "on every novel" and attribution per novel and averaged,
 * but explicit quotes as a whole, so they are pooled. Taken per novel, Winnie-the-Pooh could not
 * reach it under this scorer: its gold names Christopher Robin only "Christopher Robin - External"
 * and "Christopher Robin - Story", which no character found in the text can match exactly (54 of its
 * 433 explicit quotes).
 */
export function meetsTargets(rows: NovelScore[]): boolean {
  const avg = rows.reduce((a, r) => a + r.attributionAccuracy, 0) / Math.max(1, rows.length);
  return rows.every((r) => r.detectionRecall >= 98 && r.detectionPrecision >= 97 && r.attributionAccuracy >= 60) && avg >= 75 && pooledExplicit(rows) >= 95;
}

function printTable(rows: NovelScore[], how: string): void {
  const f = (x: number) => x.toFixed(1).padStart(6);
  console.log(`PDNC attribution, end to end (${how}); targets: recall >= 98, precision >= 97, attribution avg >= 75 and each >= 60, explicit quotes >= 95 pooled`);
  console.log(`${'novel'.padEnd(30)}${'quotes'.padStart(7)}${'recall'.padStart(8)}${'prec'.padStart(8)}${'attrib'.padStart(8)}${'on-det'.padStart(8)}${'explic'.padStart(8)}${'ms'.padStart(8)}`);
  for (const r of rows) {
    console.log(`${r.novel.padEnd(30)}${String(r.quotes).padStart(7)}  ${f(r.detectionRecall)}  ${f(r.detectionPrecision)}  ${f(r.attributionAccuracy)}  ${f(r.accuracyOnDetected)}  ${f(r.explicitAccuracy)}  ${f(r.analyzeMs)}`);
  }
  const avg = (k: keyof NovelScore) => rows.reduce((a, r) => a + (r[k] as number), 0) / Math.max(1, rows.length);
  console.log(`${'average'.padEnd(30)}${''.padStart(7)}  ${f(avg('detectionRecall'))}  ${f(avg('detectionPrecision'))}  ${f(avg('attributionAccuracy'))}  ${f(avg('accuracyOnDetected'))}  ${f(avg('explicitAccuracy'))}`);
  console.log(`${'explicit quotes, pooled'.padEnd(30)}${String(rows.reduce((a, r) => a + r.explicitQuotes, 0)).padStart(7)}  ${''.padStart(38)}${f(pooledExplicit(rows))}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { cli: { type: 'boolean' }, auto: { type: 'boolean' }, novel: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } },
  });
  const useCli = values.cli === true || (values.auto === true && existsSync(cliFile));
  if (useCli && !existsSync(cliFile)) {
    console.error(`${cliFile} is missing: run \`npx electron-vite build\` first.`);
    process.exit(2);
  }
  const { how, rows } = await runPdnc({ useCli, only: values.novel, outDir: values.out ?? join(root, '.bench/attribution') });
  if (values.json) console.log(JSON.stringify(rows));
  else printTable(rows, how);
  process.exitCode = values.novel || meetsTargets(rows) ? 0 : 1;
}
