import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPath, corpusSkipReason, hasCorpus } from '../testing/corpus';
import { analyzeBook } from './analyze-book';
import { splitPlainText } from './testing/split-plain-text';

interface Score {
  detectionRecall: number;
  detectionPrecision: number;
  attributionAccuracy: number;
  byType: Record<string, { quotes: number; accuracy: number }>;
}

/** Analyses a PDNC novel and scores it with the shared scorer, the only reader of the annotation. */
function score(novel: string): Score {
  const dir = corpusPath(`pdnc/${novel}`);
  const text = readFileSync(join(dir, 'novel_text.txt'), 'utf8');
  const input = { ...splitPlainText(text), sourceText: text };
  const result = analyzeBook(input);
  const tmp = mkdtempSync(join(tmpdir(), 'dramatis-attribution-'));
  try {
    const file = join(tmp, 'prediction.json');
    writeFileSync(file, JSON.stringify({ characters: result.characters, chapters: result.chapters }));
    return JSON.parse(execFileSync(process.execPath, [corpusPath('../tools/score-attribution.mjs'), dir, file, '--json'], { encoding: 'utf8' })) as Score;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

describe.skipIf(!hasCorpus)(`speaker attribution on PDNC novels (${hasCorpus ? 'corpus present' : corpusSkipReason})`, () => {
  // Thresholds sit a little under the measured numbers (see bench/attribution/run-pdnc.ts), so a
  // regression shows while small harmless shifts do not.
  it('Pride and Prejudice: finds the quotes and attributes them', () => {
    const s = score('PrideAndPrejudice');
    expect(s.detectionRecall).toBeGreaterThanOrEqual(98);
    expect(s.detectionPrecision).toBeGreaterThanOrEqual(97);
    expect(s.attributionAccuracy).toBeGreaterThanOrEqual(67);
    expect(s.byType.Explicit?.accuracy).toBeGreaterThanOrEqual(91);
  });

  it('Hard Times: multi-paragraph quotes do not derail detection', () => {
    const s = score('HardTimes');
    expect(s.detectionRecall).toBeGreaterThanOrEqual(98);
    expect(s.detectionPrecision).toBeGreaterThanOrEqual(98);
    expect(s.attributionAccuracy).toBeGreaterThanOrEqual(78);
    expect(s.byType.Explicit?.accuracy).toBeGreaterThanOrEqual(95);
  });

  it('The Gambler: a first-person narrator is found and named', () => {
    const s = score('TheGambler');
    expect(s.detectionRecall).toBeGreaterThanOrEqual(98);
    expect(s.attributionAccuracy).toBeGreaterThanOrEqual(77);
  });
});
