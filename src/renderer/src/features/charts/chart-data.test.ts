import { describe, expect, it } from 'vitest';
import type { CharacterStats } from '../../../../shared/script-editing';
import { CAST, member } from '../../testing/script-fixtures';
import { OTHERS_COLOUR, chapterColumns, characterBars, niceMax } from './chart-data';

describe('the character bars', () => {
  it('ranks by lines or words, leaving the narrator out unless asked', () => {
    const cast = [...CAST, member(6, 'Lydia', { lines: 140, words: 5000 })];
    expect(characterBars(cast, 'lines', false).map((b) => b.name)).toEqual(['Elizabeth', 'Mr. Darcy', 'Jane', 'Lydia', 'Mrs. Bennet']);
    expect(characterBars(cast, 'words', false, 2).map((b) => [b.name, b.value])).toEqual([
      ['Lydia', 5000],
      ['Elizabeth', 100],
    ]);
    expect(characterBars(cast, 'lines', true)[0]?.name).toBe('Narrator');
  });
});

describe('the chapter columns', () => {
  const stats: CharacterStats[] = [
    { characterId: 1, chapters: [{ chapterId: 11, lines: 99, words: 999 }] },
    { characterId: 2, chapters: [{ chapterId: 11, lines: 5, words: 50 }, { chapterId: 12, lines: 2, words: 20 }] },
    { characterId: 3, chapters: [{ chapterId: 12, lines: 4, words: 40 }] },
    { characterId: 4, chapters: [{ chapterId: 11, lines: 1, words: 10 }] },
  ];
  const chapters = [
    { id: 11, title: 'I' },
    { id: 12, title: 'II' },
    { id: 13, title: 'III' },
  ];

  it('stacks the leading speakers in their colours and the rest as others, without the narrator', () => {
    const { columns, legend } = chapterColumns(stats, CAST, chapters, 'lines', 2);
    expect(legend.map((l) => [l.name, l.value])).toEqual([
      ['Elizabeth', 400],
      ['Mr. Darcy', 150],
      ['Others', 1],
    ]);
    expect(legend[2]?.colour).toBe(OTHERS_COLOUR);
    expect(columns.map((c) => [c.title, c.total, c.parts.map((p) => p.value)])).toEqual([
      ['I', 6, [5, 0, 1]],
      ['II', 6, [2, 4, 0]],
      ['III', 0, [0, 0, 0]],
    ]);
  });

  it('counts words when asked', () => {
    expect(chapterColumns(stats, CAST, chapters, 'words', 2).columns[0]?.total).toBe(60);
  });

  it('rounds the top of the axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 7, 13, 48, 51, 180, 999].map(niceMax)).toEqual([1, 1, 10, 20, 50, 100, 200, 1000]);
  });
});
