// Included-chapter counts of every corpus form against the expected numbers.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const EXPECTED = [
  ['epub/pride-and-prejudice.epub', 61],
  ['docx/pride-and-prejudice.docx', 61],
  ['md/pride-and-prejudice.md', 61],
  ['txt/pride-and-prejudice.txt', 61],
  ['pdf/pride-and-prejudice-print.pdf', 61],
  ['pdnc/PrideAndPrejudice/novel_text.txt', 61],
  ['epub/a-christmas-carol.epub', 6],
  ['docx/a-christmas-carol.docx', 6],
  ['md/a-christmas-carol.md', 6],
  ['txt/a-christmas-carol.txt', 6],
  ['pdf/a-christmas-carol.pdf', 6],
  ['epub/idpf-moby-dick.epub', 138],
];

const BOILERPLATE = /Standard Ebooks|Uncopyright|CC0 1\.0|PRIDE AND PREJUDICE\s*$/m;

export function chapterCounts({ root, corpus }) {
  const cli = join(root, 'out/main/cli.js');
  return EXPECTED.map(([file, expected]) => {
    const run = spawnSync(process.execPath, [cli, 'analyze', join(corpus, file), '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (run.status !== 0) return { file, expected, included: null, boilerplate: null, pass: false, error: run.stderr.trim() };
    const doc = JSON.parse(run.stdout);
    const included = doc.chapters.filter((c) => c.included);
    const boilerplate = included.flatMap((c) => c.paragraphs).filter((p) => BOILERPLATE.test(p.text)).length;
    return { file, expected, included: included.length, boilerplate, pass: included.length === expected && boilerplate === 0 };
  });
}
