import { describe, expect, it } from 'vitest';
import { analyzeBook } from './analyze-book';
import { bookOf } from './testing/book-of';

describe('analyzeBook', () => {
  it('splits paragraphs into narration and dialogue whose offsets index the source, marks left out', () => {
    const input = bookOf(['It was late.', '"Yes," said Jane, "I will."']);
    const { chapters } = analyzeBook(input);
    const segments = chapters[0]?.segments ?? [];
    expect(segments.map((s) => [s.kind, s.text])).toEqual([
      ['narration', 'It was late.'],
      ['dialogue', 'Yes,'],
      ['narration', 'said Jane,'],
      ['dialogue', 'I will.'],
    ]);
    for (const s of segments) expect(input.sourceText?.slice(s.start, s.end)).toBe(s.text);
    const dialogue = segments.filter((s) => s.kind === 'dialogue');
    expect(new Set(dialogue.map((s) => s.speakerId)).size).toBe(1);
    expect(dialogue[0]?.speakerId).toMatch(/^c\d+$/);
    for (const s of segments.filter((x) => x.kind === 'narration')) expect([s.speakerId, s.confidence, s.reason]).toEqual([null, 1, null]);
  });

  it('maps offsets through cleaned text: joined lines, collapsed spaces and removed underscores', () => {
    const sourceText = 'CHAPTER I\n\n"_You_ want to tell me,\n  and I have no\nobjection," said Mr. Bennet.\n';
    const start = sourceText.indexOf('"');
    const end = sourceText.lastIndexOf('.') + 1;
    const text = '"You want to tell me, and I have no objection," said Mr. Bennet.';
    const { chapters } = analyzeBook({ chapters: [{ title: 'I', paragraphs: [{ text, start, end }] }], sourceText });
    const [quote, tag] = chapters[0]?.segments ?? [];
    expect(sourceText.slice(quote?.start, quote?.end)).toBe('You_ want to tell me,\n  and I have no\nobjection,');
    expect(sourceText.slice(tag?.start, tag?.end)).toBe('said Mr. Bennet.');
  });

  it('keeps offsets inside the paragraph span when there is no source text to align to', () => {
    const { chapters } = analyzeBook({ chapters: [{ title: 'x', paragraphs: [{ text: '"Hi," she said.', start: 100, end: 140, source: 'ch1.xhtml' }] }] });
    for (const s of chapters[0]?.segments ?? []) {
      expect(s.start).toBeGreaterThanOrEqual(100);
      expect(s.end).toBeLessThanOrEqual(140);
      expect(s.end).toBeGreaterThan(s.start);
    }
  });

  it('handles empty chapters and books without dialogue', () => {
    expect(analyzeBook({ chapters: [] })).toEqual({ chapters: [], characters: [] });
    const result = analyzeBook(bookOf([], ['The rain fell all day on the empty town.']));
    expect(result.chapters).toHaveLength(2);
    expect(result.chapters[1]?.segments.map((s) => s.kind)).toEqual(['narration']);
  });

  it('reports progress and stops when aborted', () => {
    const input = bookOf(['"One," said Ann.'], ['"Two," said Ann.']);
    const seen: Array<[number, number]> = [];
    analyzeBook(input, { progress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[seen.length - 1]?.[0]).toBe(seen[seen.length - 1]?.[1]);
    const controller = new AbortController();
    controller.abort();
    expect(() => analyzeBook(input, { signal: controller.signal })).toThrow();
  });

  it('stays linear on one huge paragraph full of quotes and names', () => {
    const text = Array.from({ length: 12000 }, (_, i) => `"Line ${i}," said Mr. Smith${i % 40}. "Yes, Jane," he added, and Jane laughed. `).join('');
    const started = performance.now();
    const result = analyzeBook({ chapters: [{ title: 'x', paragraphs: [{ text, start: 0, end: text.length }] }], sourceText: text });
    expect(performance.now() - started).toBeLessThan(8000);
    expect(result.chapters[0]?.segments.filter((s) => s.kind === 'dialogue')).toHaveLength(24000);
  });
});
