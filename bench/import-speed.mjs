// Import speed and memory against reference tools, in one run on the same machine:
//   analyze of pride-and-prejudice.epub vs `pandoc -f epub -t plain` (target: ratio <= 1)
//   analyze of the 545-page printed PDF vs `pdftotext` (target: ratio <= 4)
// Peak memory of analyze (target: under 300 MB). Ours and the reference run in alternation.
import { join } from 'node:path';
import { hasCommand, measureAlternating } from './measure.mjs';

export function importSpeed({ root, corpus, runs }) {
  const cli = join(root, 'out/main/cli.js');
  const rows = [];
  const cases = [
    { name: 'EPUB: Pride and Prejudice', file: join(corpus, 'epub/pride-and-prejudice.epub'), ref: 'pandoc', refArgs: (f) => ['-f', 'epub', '-t', 'plain', f], target: 1 },
    { name: 'PDF: Pride and Prejudice, 545 pages', file: join(corpus, 'pdf/pride-and-prejudice-print.pdf'), ref: 'pdftotext', refArgs: (f) => [f, '-'], target: 4 },
  ];
  for (const c of cases) {
    const analyze = { command: process.execPath, args: [cli, 'analyze', c.file, '--format', 'json'] };
    const [ours, reference = null] = measureAlternating(hasCommand(c.ref) ? [analyze, { command: c.ref, args: c.refArgs(c.file) }] : [analyze], { runs });
    const ratio = reference ? ours.medianMs / reference.medianMs : null;
    rows.push({
      case: c.name,
      oursMs: Math.round(ours.medianMs),
      reference: c.ref,
      referenceMs: reference ? Math.round(reference.medianMs) : null,
      ratio: ratio === null ? null : Number(ratio.toFixed(2)),
      target: `<= ${c.target}`,
      peakMb: ours.peakMb === null ? null : Math.round(ours.peakMb),
      pass: ratio !== null && ratio <= c.target && (ours.peakMb === null || ours.peakMb < 300),
    });
  }
  return rows;
}
