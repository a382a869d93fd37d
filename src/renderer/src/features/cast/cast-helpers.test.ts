import { describe, expect, it } from 'vitest';
import { chapter } from '../../testing/script-fixtures';
import { aliasText, parseAliasText } from './alias-text';
import { linesToSplit } from './split-lines';

describe('aliases as typed', () => {
  it('splits on commas, trims, collapses spaces and drops repeats and empties', () => {
    expect(parseAliasText(' Lizzy,  Miss   Eliza ,, lizzy, Eliza ')).toEqual(['Lizzy', 'Miss Eliza', 'Eliza']);
    expect(parseAliasText('')).toEqual([]);
    expect(aliasText(['Lizzy', 'Eliza'])).toBe('Lizzy, Eliza');
  });
});

describe('the lines a split moves', () => {
  const current = chapter(1, [
    { id: 1, speakerId: 3 },
    { id: 2, speakerId: 4 },
    { id: 3, speakerId: 3 },
    { id: 4, kind: 'narration', speakerId: 3 },
  ]);

  it('moves none, the selected line only if it is theirs, or their dialogue in the chapter', () => {
    expect(linesToSplit('none', 3, { id: 1, speakerId: 3 }, current)).toEqual([]);
    expect(linesToSplit('selected', 3, { id: 1, speakerId: 3 }, current)).toEqual([1]);
    expect(linesToSplit('selected', 3, { id: 2, speakerId: 4 }, current)).toEqual([]);
    expect(linesToSplit('chapter', 3, null, current)).toEqual([1, 3]);
    expect(linesToSplit('chapter', 3, null, null)).toEqual([]);
  });
});
