#!/usr/bin/env node
// Lists what quote detection gets wrong on the PDNC novels: predicted dialogue that no gold quote
// covers (false positives, which cost precision) and gold quotes that predicted dialogue covers less
// than half of (misses, which cost recall), each with the narration before it, for diagnosis.
//
//   node bench/attribution/detection-misses.mjs [PRED_DIR] [--novel NAME] [--misses] [--min N]
//
// PRED_DIR holds <Novel>.json as bench/attribution/run-pdnc.ts writes them (default .bench/attribution).
// Characters are counted as ../shared/tools/score-attribution.mjs counts them (non-space only);
// --min hides false positives with fewer uncovered characters than N (default 1).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCsv } from './parse-csv.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pdnc = join(process.env.DRAMATIS_SHARED ?? join(root, '../shared'), 'corpus/pdnc');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { novel: { type: 'string' }, misses: { type: 'boolean' }, min: { type: 'string' } },
});
const predDir = positionals[0] ?? join(root, '.bench/attribution');
const min = Number(values.min ?? 1);


const oneLine = (s) => s.replace(/\s+/g, ' ');
const clip = (s, n) => (s.length > n ? `${s.slice(0, n / 2)} … ${s.slice(-n / 2)}` : s);

const novels = readdirSync(pdnc).filter((n) => existsSync(join(predDir, `${n}.json`)))
  .filter((n) => !values.novel || n.toLowerCase().includes(values.novel.toLowerCase())).sort();
for (const novel of novels) {
  const text = readFileSync(join(pdnc, novel, 'novel_text.txt'), 'utf8');
  const gold = parseCsv(readFileSync(join(pdnc, novel, 'quotation_info.csv'), 'utf8')).map((r) => JSON.parse(r.quoteByteSpans));
  const mask = new Uint8Array(text.length);
  for (const spans of gold) for (const [s, e] of spans) mask.fill(1, s, e);
  const pred = JSON.parse(readFileSync(join(predDir, `${novel}.json`), 'utf8'));
  const segs = (pred.segments ?? (pred.chapters ?? []).flatMap((c) => c.segments ?? []))
    .filter((s) => s.kind === 'dialogue' && s.end > s.start).sort((a, b) => a.start - b.start);
  let total = 0, outside = 0;
  const rows = [];
  for (const s of segs) {
    let n = 0, out = 0;
    for (let i = s.start; i < Math.min(s.end, text.length); i++) if (!/\s/.test(text[i])) { n++; if (!mask[i]) out++; }
    total += n; outside += out;
    if (out >= min) rows.push({ s, out });
  }
  console.log(`\n=== ${novel}: ${rows.length} segments with uncovered text, ${outside} of ${total} predicted characters outside gold (${(100 * (1 - outside / total)).toFixed(1)}% precision)`);
  for (const { s, out } of rows) {
    const before = oneLine(text.slice(Math.max(0, s.start - 140), s.start));
    console.log(`- @${s.start} ${out} chars  …${before}⟦${clip(oneLine(text.slice(s.start, s.end)), 300)}⟧`);
  }
  if (values.misses) {
    const covered = new Uint8Array(text.length);
    for (const s of segs) covered.fill(1, s.start, Math.min(s.end, text.length));
    for (const spans of gold) {
      let len = 0, cov = 0;
      for (const [s, e] of spans) { len += e - s; for (let i = s; i < e; i++) cov += covered[i]; }
      if (len > 0 && cov / len < 0.5) {
        const [s] = spans[0];
        const e = spans[spans.length - 1][1];
        console.log(`  MISS @${s}  …${oneLine(text.slice(Math.max(0, s - 100), s))}⟦${clip(oneLine(text.slice(s, e)), 200)}⟧`);
      }
    }
  }
}
