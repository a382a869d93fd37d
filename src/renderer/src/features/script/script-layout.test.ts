import { describe, expect, it } from 'vitest';
import { chapter } from '../../testing/script-fixtures';
import { buildLayout, chapterRows, segmentIn } from './script-layout';

const one = chapter(1, [
  { id: 1, kind: 'narration', paragraphIndex: 0, speakerId: 9 },
  { id: 2, kind: 'dialogue', paragraphIndex: 1, speakerId: 2 },
  { id: 3, kind: 'narration', paragraphIndex: 1, speakerId: 9 },
  { id: 4, kind: 'dialogue', paragraphIndex: 1, speakerId: 2 },
  { id: 5, kind: 'dialogue', paragraphIndex: 2, speakerId: 3 },
  { id: 6, kind: 'narration', paragraphIndex: 2, speakerId: 9, sceneBreakBefore: true },
]);
const two = chapter(2, [
  { id: 7, kind: 'dialogue', paragraphIndex: 0, speakerId: 3 },
  { id: 8, kind: 'narration', paragraphIndex: 1, speakerId: 9 },
]);

describe('the script layout', () => {
  it('keeps the segments of a paragraph together under the chapter title, and starts a row at a scene break', () => {
    const rows = chapterRows(one, null);
    expect(rows.map((r) => (r.kind === 'chapter' ? `# ${r.title}` : r.segments.map((s) => s.id).join(',')))).toEqual([
      '# Chapter 1',
      '1',
      '2,3,4',
      '5',
      '6',
    ]);
  });

  it('keeps only the paragraphs with a line of the filtered character, whole, and drops a chapter without any', () => {
    expect(chapterRows(one, 3).map((r) => (r.kind === 'chapter' ? 'title' : r.segments.map((s) => s.id).join(',')))).toEqual(['title', '5']);
    expect(chapterRows(one, 2).map((r) => (r.kind === 'chapter' ? 'title' : r.segments.map((s) => s.id).join(',')))).toEqual(['title', '2,3,4']);
    expect(chapterRows(chapter(3, [{ kind: 'narration', speakerId: 9 }]), 2)).toEqual([]);
  });

  it('lays the chapters out in book order, skipping those not loaded, with the ways into each line', () => {
    const layout = buildLayout([2, 5, 1], new Map([
      [1, one],
      [2, two],
    ]), null);
    expect(layout.order).toEqual([7, 8, 1, 2, 3, 4, 5, 6]);
    expect(layout.chapterRow.get(2)).toBe(0);
    expect(layout.chapterRow.get(1)).toBe(3);
    expect(layout.rowOf.get(3)).toBe(layout.rowOf.get(2));
    expect(layout.positionOf.get(1)).toBe(2);
    expect(segmentIn(layout, 4)?.speakerId).toBe(2);
    expect(segmentIn(layout, 99)).toBeNull();
  });

  it('regroups only the chapter an edit replaced', () => {
    const before = buildLayout([1, 2], new Map([[1, one], [2, two]]), null);
    const edited = { ...two, segments: two.segments.map((s) => (s.id === 7 ? { ...s, speakerId: 2 } : s)) };
    const after = buildLayout([1, 2], new Map([[1, one], [2, edited]]), null);
    for (let i = 0; i < 5; i++) expect(after.rows[i]).toBe(before.rows[i]);
    expect(after.rows[6]).not.toBe(before.rows[6]);
  });
});
