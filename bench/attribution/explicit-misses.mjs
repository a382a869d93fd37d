#!/usr/bin/env node
// Lists the quotes of one PDNC type (default Explicit) that a prediction attributes wrongly, with the
// gold speaker, ours, the tag PDNC records and the text around the quote, for diagnosis.
//
//   node bench/attribution/explicit-misses.mjs [PRED_DIR] [--novel NAME] [--type Explicit] [--against BASE_DIR]
//
// PRED_DIR holds <Novel>.json as bench/attribution/run-pdnc.ts writes them (default .bench/attribution).
// With --against it lists only the quotes whose outcome differs from the predictions in BASE_DIR
// (FIXED: right here, wrong there; BROKEN: the reverse), to count what one rule changes.
// Characters and segments are matched as ../shared/tools/score-attribution.mjs matches them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCsv } from './parse-csv.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pdnc = join(process.env.DRAMATIS_SHARED ?? join(root, '../shared'), 'corpus/pdnc');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { novel: { type: 'string' }, type: { type: 'string' }, against: { type: 'string' } } });
const predDir = positionals[0] ?? join(root, '.bench/attribution');
const wantType = values.type ?? 'Explicit';

const pyStrings = (s) => [...s.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? m[2]);
const norm = (s) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const flat = (s) => s.replace(/\s+/g, ' ');

/** Per gold quote of the wanted type: whether the prediction gets it right, and a line describing it. */
function judge(predFile, text, gold, goldChars) {
  const perSpeaker = {};
  for (const g of gold) perSpeaker[g.speaker] = (perSpeaker[g.speaker] || 0) + 1;
  const pred = JSON.parse(readFileSync(predFile, 'utf8'));
  const segs = (pred.segments ?? (pred.chapters ?? []).flatMap((c) => c.segments ?? [])).filter((s) => s.kind === 'dialogue' && s.end > s.start);
  const charMap = new Map();
  const predName = new Map();
  for (const c of pred.characters ?? []) {
    predName.set(c.id, c.name);
    const names = new Set([c.name, ...(c.aliases ?? [])].filter(Boolean).map(norm));
    let best = null, bestScore = 0;
    for (const g of goldChars) {
      let score = 0;
      for (const n of names) if (g.names.has(n)) score++;
      if (score > bestScore || (score === bestScore && score > 0 && (perSpeaker[g.name] || 0) > (perSpeaker[best?.name] || 0))) { best = g; bestScore = score; }
    }
    charMap.set(c.id, best?.name ?? null);
  }
  return gold.filter((g) => g.quoteType === wantType).map((g) => {
    const spans = JSON.parse(g.quoteByteSpans);
    let len = 0, cov = 0;
    const weight = new Map();
    for (const [s, e] of spans) {
      len += e - s;
      for (const p of segs) if (p.start < e && p.end > s) { const o = Math.min(e, p.end) - Math.max(s, p.start); cov += o; weight.set(p, (weight.get(p) || 0) + o); }
    }
    let ours = '(undetected)';
    let ok = false;
    if (len > 0 && cov / len >= 0.5) {
      const top = [...weight].sort((a, b) => b[1] - a[1])[0][0];
      ours = top.speakerId == null ? '(none)' : `${predName.get(top.speakerId)} [->${charMap.get(top.speakerId) ?? '?'}] ${top.reason ?? ''}`;
      ok = top.speakerId != null && charMap.get(top.speakerId) === g.speaker;
    }
    const a = spans[0][0], b = spans[spans.length - 1][1];
    const quote = flat(text.slice(a, Math.min(b, a + 80))) + (b - a > 80 ? '…' : '');
    const line = `${g.quoteID} gold=${g.speaker} ours=${ours} ref="${g.referringExpression}"\n   ...${flat(text.slice(Math.max(0, a - 120), a))}[[${quote}]]${flat(text.slice(b, b + 120))}...`;
    return { ok, line };
  });
}

for (const novel of readdirSync(pdnc).filter((n) => existsSync(join(pdnc, n, 'novel_text.txt'))).sort()) {
  if (values.novel && !novel.toLowerCase().includes(values.novel.toLowerCase())) continue;
  const predFile = join(predDir, `${novel}.json`);
  if (!existsSync(predFile)) continue;
  const dir = join(pdnc, novel);
  const text = readFileSync(join(dir, 'novel_text.txt'), 'utf8');
  const gold = parseCsv(readFileSync(join(dir, 'quotation_info.csv'), 'utf8'));
  const goldChars = parseCsv(readFileSync(join(dir, 'character_info.csv'), 'utf8')).map((r) => ({ name: r['Main Name'], names: new Set([r['Main Name'], ...pyStrings(r.Aliases)].map(norm)) }));
  const now = judge(predFile, text, gold, goldChars);
  const baseFile = values.against ? join(values.against, `${novel}.json`) : null;
  const base = baseFile && existsSync(baseFile) ? judge(baseFile, text, gold, goldChars) : null;
  const wrong = now.filter((v) => !v.ok).length;
  console.log(`== ${novel}: ${wantType} ${now.length}, wrong ${wrong} (${((100 * (now.length - wrong)) / Math.max(1, now.length)).toFixed(1)}%)`);
  now.forEach((v, k) => {
    if (base) {
      if (v.ok !== base[k].ok) console.log(`${v.ok ? 'FIXED ' : 'BROKEN'} ${v.line}`);
    } else if (!v.ok) console.log(v.line);
  });
}
